package org.layerlab.core.config;

import org.layerlab.core.reason.Reason;

/** A config value is missing, of the wrong type or out of range; the message names the field. */
public class ConfigException extends IllegalArgumentException {
    private final String field;
    private final Reason reason;

    public ConfigException(String field, String message) {
        super(message);
        this.field = field;
        this.reason = Reason.untranslated(String.valueOf(message));
    }

    /** With a message that can be said in any language. */
    public ConfigException(String field, Reason reason) {
        super(reason.english());
        this.field = field;
        this.reason = reason;
    }

    /** The message, to be said in the user's language. */
    public Reason reason() {
        return reason;
    }

    /** The config field at fault, or {@code null} when the whole config is. */
    public String field() {
        return field;
    }

    /**
     * What is wrong, without the words before and including {@code field "<field>"}, for a caller that
     * names the field itself (as a path in a bigger document, say).
     */
    public String detail() {
        String message = getMessage();
        String named = "field \"" + field + "\"";
        int at = field == null ? -1 : message.indexOf(named);
        return at < 0 ? message : message.substring(at + named.length()).replaceFirst("^:?\\s*", "");
    }
}

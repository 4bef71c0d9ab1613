package org.layerlab.core.layer;

/** A config value is missing, of the wrong type or out of range; the message names the field. */
public class ConfigException extends IllegalArgumentException {
    private final String field;

    public ConfigException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The config field at fault, or {@code null} when the whole config is. */
    public String field() {
        return field;
    }
}

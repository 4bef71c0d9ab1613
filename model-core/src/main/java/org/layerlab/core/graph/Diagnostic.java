package org.layerlab.core.graph;

import java.util.Locale;
import java.util.Objects;
import org.layerlab.core.reason.Reason;

/**
 * A finding of shape inference about one node.
 *
 * @param field the config field at fault, for the inspector to highlight, or {@code null}
 * @param reason one line that names the layer, in Keras's words where Keras has them, in any language
 */
public record Diagnostic(Severity severity, NodeId node, String field, Reason reason) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(reason, "reason");
    }

    /** A finding in words that have no translation. */
    public Diagnostic(Severity severity, NodeId node, String field, String message) {
        this(severity, node, field, Reason.untranslated(Objects.requireNonNull(message, "message")));
    }

    /** The finding in English, as the command line and JSON reports give it. */
    public String message() {
        return reason.english();
    }

    /** The finding in {@code locale}'s language, English where there is no translation. */
    public String message(Locale locale) {
        return reason.text(locale);
    }

    @Override
    public String toString() {
        return severity + " " + node + (field == null ? "" : " [" + field + "]") + ": " + message();
    }
}

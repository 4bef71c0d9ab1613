package org.layerlab.core.graph;

import java.util.Objects;

/**
 * A finding of shape inference about one node.
 *
 * @param field the config field at fault, for the inspector to highlight, or {@code null}
 * @param message one line that names the layer, in Keras's words where Keras has them
 */
public record Diagnostic(Severity severity, NodeId node, String field, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + node + (field == null ? "" : " [" + field + "]") + ": " + message;
    }
}

package org.layerlab.core.io;

import java.io.IOException;

/**
 * A model file cannot be read or written. The message is one line that starts with the file and, where
 * known, names the layer and the field at fault, for example
 * {@code model.json: layer "dense": field "units": must be at least 1, got 0}.
 */
public abstract class ModelFormatException extends IOException {
    private final String file;
    private final String layer;
    private final String field;
    private final String detail;

    protected ModelFormatException(String file, String layer, String field, String detail) {
        super(compose(file, layer, field, detail));
        this.file = file;
        this.layer = layer;
        this.field = field;
        this.detail = detail;
    }

    protected ModelFormatException(String file, String layer, String field, String detail, Throwable cause) {
        this(file, layer, field, detail);
        initCause(cause);
    }

    private static String compose(String file, String layer, String field, String detail) {
        StringBuilder sb = new StringBuilder(file == null ? "<model>" : file).append(": ");
        if (layer != null) {
            sb.append("layer ").append(MessageText.quote(layer)).append(": ");
        }
        if (field != null) {
            sb.append("field ").append(MessageText.quote(field)).append(": ");
        }
        return sb.append(detail).toString();
    }

    /** The file label (its name, not its full path) or {@code null}. */
    public String file() {
        return file;
    }

    /** The layer at fault or {@code null} when the whole model is. */
    public String layer() {
        return layer;
    }

    /** The field at fault or {@code null}. */
    public String field() {
        return field;
    }

    /** The message without the file, layer and field prefix. */
    public String detail() {
        return detail;
    }
}

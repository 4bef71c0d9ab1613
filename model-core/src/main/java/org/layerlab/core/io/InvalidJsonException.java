package org.layerlab.core.io;

/** The file is not well-formed JSON (syntax error, truncated document, duplicate key). */
public final class InvalidJsonException extends ModelFormatException {
    public InvalidJsonException(String file, String detail, Throwable cause) {
        super(file, null, null, detail, cause);
    }
}

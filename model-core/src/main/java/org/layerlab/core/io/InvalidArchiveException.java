package org.layerlab.core.io;

/** A {@code .keras} file is not a readable zip archive. */
public final class InvalidArchiveException extends ModelFormatException {
    public InvalidArchiveException(String file, String detail, Throwable cause) {
        super(file, null, null, MessageText.shorten(detail, 200), cause);
    }
}

package org.layerlab.core.io;

/** A field is missing, of the wrong type or out of range. */
public final class InvalidFieldException extends ModelFormatException {
    public InvalidFieldException(String file, String layer, String field, String detail) {
        super(file, layer, field, detail);
    }
}

package org.layerlab.core.io;

/** The file is not a Keras or TensorFlow.js layers model (for example a TF.js graph model). */
public final class UnsupportedFormatException extends ModelFormatException {
    public UnsupportedFormatException(String file, String detail) {
        super(file, null, null, detail);
    }
}

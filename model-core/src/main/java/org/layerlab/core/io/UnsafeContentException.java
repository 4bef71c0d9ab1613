package org.layerlab.core.io;

/**
 * The file holds something LayerLab never acts on: serialised Python code, a path that leaves the
 * model's folder, a name that is not a Keras class name.
 */
public final class UnsafeContentException extends ModelFormatException {
    public UnsafeContentException(String file, String layer, String field, String detail) {
        super(file, layer, field, detail);
    }
}

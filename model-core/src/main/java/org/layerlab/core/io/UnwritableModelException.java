package org.layerlab.core.io;

/** A model cannot be expressed in the format asked for (an activation TF.js lacks, weights that do not fit). */
public final class UnwritableModelException extends ModelFormatException {
    public UnwritableModelException(String file, String layer, String detail) {
        super(file, layer, null, detail);
    }
}

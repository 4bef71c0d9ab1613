package org.layerlab.core.io;

/** Weight data do not match the model: a missing or short shard, an unknown or missing weight, a wrong shape. */
public final class WeightDataException extends ModelFormatException {
    public WeightDataException(String file, String layer, String detail) {
        super(file, layer, null, detail);
    }
}

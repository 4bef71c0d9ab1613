package org.layerlab.core.io;

import java.util.Objects;

/**
 * One tensor in a Keras model: output {@code tensorIndex} of call {@code nodeIndex} of layer {@code layer},
 * the triple Keras writes as {@code ["dense", 0, 0]}.
 */
public record TensorRef(String layer, int nodeIndex, int tensorIndex) {
    public TensorRef {
        Objects.requireNonNull(layer, "layer");
        if (nodeIndex < 0 || tensorIndex < 0) {
            throw new IllegalArgumentException("node and tensor indices must not be negative: " + nodeIndex
                    + ", " + tensorIndex);
        }
    }

    /** The only output of a layer called once. */
    public static TensorRef of(String layer) {
        return new TensorRef(layer, 0, 0);
    }
}

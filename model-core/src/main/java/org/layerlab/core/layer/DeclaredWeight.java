package org.layerlab.core.layer;

import org.layerlab.core.shape.Shape;

/**
 * A weight a layer type says it creates for given inputs and config, before any layer exists: what a
 * file's weights are matched against and parameters are counted by. Dimensions that depend on an
 * unknown input size are {@link Shape#UNKNOWN}.
 */
public record DeclaredWeight(String name, Shape shape, boolean trainable) {

    public static DeclaredWeight trainable(String name, long... dims) {
        return new DeclaredWeight(name, Shape.ofDims(dims), true);
    }

    public static DeclaredWeight nonTrainable(String name, long... dims) {
        return new DeclaredWeight(name, Shape.ofDims(dims), false);
    }

    /** The number of values, counting a weight with an unknown dimension as 0, saturating at {@link Long#MAX_VALUE}. */
    public long knownSize() {
        long n = 1;
        for (int i = 0; i < shape.rank(); i++) {
            long d = shape.dim(i);
            if (d == Shape.UNKNOWN) {
                return 0;
            }
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }
}

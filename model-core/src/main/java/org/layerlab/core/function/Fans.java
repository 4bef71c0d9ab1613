package org.layerlab.core.function;

/**
 * The number of input and output units of a weight, as Keras's {@code compute_fans}: a rank-0 weight
 * counts 1 and 1, a vector its length twice, a matrix {@code (in, out)}, and a convolution kernel
 * {@code (..., in, out)} multiplies both by its receptive field (the product of the leading dims).
 */
record Fans(long in, long out) {
    static Fans of(long[] shape) {
        int rank = shape.length;
        if (rank == 0) {
            return new Fans(1, 1);
        }
        if (rank == 1) {
            return new Fans(shape[0], shape[0]);
        }
        long receptiveField = 1;
        for (int i = 0; i < rank - 2; i++) {
            receptiveField *= shape[i];
        }
        return new Fans(shape[rank - 2] * receptiveField, shape[rank - 1] * receptiveField);
    }
}

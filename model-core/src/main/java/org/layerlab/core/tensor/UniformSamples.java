package org.layerlab.core.tensor;

import java.util.SplittableRandom;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/**
 * Uniform samples in [0, 1) that depend only on a seed, so every backend draws the same numbers
 * (a seeded Dropout mask is the same in inference and in training).
 */
public final class UniformSamples {
    private UniformSamples() {
    }

    /**
     * Row-major samples for the shape. Each is a multiple of 2^-p for the dtype's precision p, so
     * storing it in that dtype is exact and can never round up to 1.
     */
    public static double[] draw(long[] shape, DType dtype, long seed) {
        int precision = switch (dtype) {
            case FLOAT64 -> 53;
            case FLOAT32 -> 24;
            case FLOAT16 -> 11;
            case BFLOAT16 -> 8;
            default -> throw new IllegalArgumentException("random uniform samples need a float dtype, got " + dtype);
        };
        long count = 1;
        for (long d : shape) {
            if (d < 0 || (d > 0 && count > Integer.MAX_VALUE / d)) {
                throw new IncompatibleShapesException("cannot draw random samples of shape " + Shape.ofDims(shape));
            }
            count *= d;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double step = Math.scalb(1.0, -precision);
        double[] samples = new double[(int) count];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (random.nextLong() >>> (64 - precision)) * step;
        }
        return samples;
    }
}

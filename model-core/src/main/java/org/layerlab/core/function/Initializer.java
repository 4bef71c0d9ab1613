package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.shape.DType;

/**
 * Creates the starting values of a weight. Written in plain Java so that values are the same on every
 * backend; a seeded initializer ignores {@code rng} and gives the same values on every call, as in
 * Keras 3.
 */
public interface Initializer extends KerasObject {
    /** Row-major values for a weight of {@code shape}. */
    double[] generate(long[] shape, DType dtype, RandomGenerator rng);
}

package org.layerlab.core.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * The values of one weight, row-major (C order), as Keras and TensorFlow.js store them.
 *
 * @param name the weight's own name within its layer, for example {@code kernel}
 * @param shape the weight's shape, for example {@code [784, 64]}
 * @param values {@code product(shape)} float32 values
 */
public record WeightArray(String name, long[] shape, float[] values) {
    public WeightArray {
        Objects.requireNonNull(name, "name");
        shape = shape.clone();
        values = values.clone();
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("weight " + name + " has a negative dimension: " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        if (n != values.length) {
            throw new IllegalArgumentException("weight " + name + " of shape " + Arrays.toString(shape) + " needs "
                    + n + " values, got " + values.length);
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /** The row-major index of the first NaN or infinite value, or -1 when every value is finite. */
    public int firstNonFinite() {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** One value by its row-major index, without copying the array. */
    public float value(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightArray w && name.equals(w.name) && Arrays.equals(shape, w.shape)
                && Arrays.equals(values, w.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "WeightArray[" + name + " " + Arrays.toString(shape) + "]";
    }
}

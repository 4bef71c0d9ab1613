package org.layerlab.core.function;

import java.util.StringJoiner;

/** Element counts and Python-style printing of the weight shapes initializers receive. */
final class WeightShapes {
    private WeightShapes() {
    }

    /** The number of elements, checked to fit a Java array. */
    static int size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new UnsupportedWeightShapeException("a weight shape needs non-negative dimensions, got "
                        + describe(shape));
            }
            n = d != 0 && n > Long.MAX_VALUE / d ? Long.MAX_VALUE : n * d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new UnsupportedWeightShapeException("a weight of shape " + describe(shape)
                    + " has more elements than one array can hold");
        }
        return (int) n;
    }

    /** As Python prints a shape tuple: {@code (3, 4)}, {@code (5,)}, {@code ()}. */
    static String describe(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (long d : shape) {
            j.add(Long.toString(d));
        }
        return j.toString();
    }
}

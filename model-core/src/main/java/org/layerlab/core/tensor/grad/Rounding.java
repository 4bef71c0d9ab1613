package org.layerlab.core.tensor.grad;

import org.layerlab.core.shape.DType;

/**
 * Keeps values representable in their dtype. The backend stores every tensor as {@code double[]}
 * and rounds after each operation: for float32 this gives the float32 result of +, -, *, / and
 * sqrt exactly (double has more than twice float's precision) and the correctly rounded float32
 * value of the other functions.
 */
public final class Rounding {
    private Rounding() {
    }

    /** {@code v} as a value of {@code dtype}. */
    public static double round(double v, DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> v;
            case FLOAT32 -> (float) v;
            case BOOL -> v != 0 ? 1 : 0;
            case INT8, INT16, INT32, INT64, UINT8 -> (double) (long) v;
            default -> throw unsupported(dtype);
        };
    }

    /** Rounds every element of {@code values} to {@code dtype} in place. */
    public static void roundInPlace(double[] values, DType dtype) {
        switch (dtype) {
            case FLOAT64 -> {
            }
            case FLOAT32 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) values[i];
                }
            }
            default -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = round(values[i], dtype);
                }
            }
        }
    }

    /** Fails for dtypes the backend cannot compute in. */
    public static DType requireSupported(DType dtype) {
        if (dtype == DType.FLOAT16 || dtype == DType.BFLOAT16 || dtype == DType.STRING) {
            throw unsupported(dtype);
        }
        return dtype;
    }

    private static IllegalArgumentException unsupported(DType dtype) {
        return new IllegalArgumentException("dtype " + dtype.kerasName()
                + " is not supported for computation; use float32 or float64");
    }
}

package org.layerlab.core.tensor;

import org.layerlab.core.shape.DType;

/**
 * The dtype of a binary operation on mixed dtypes, following Keras 3's {@code result_type} for the
 * types LayerLab uses: a float wins over integers and bool, float16 with bfloat16 gives float32,
 * int8 with uint8 gives int16, otherwise the wider type wins.
 */
public final class ResultTypes {
    private ResultTypes() {
    }

    public static DType of(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == DType.STRING || b == DType.STRING) {
            throw new IllegalArgumentException("no arithmetic on string tensors (" + a + ", " + b + ")");
        }
        if (a == DType.BOOL || b == DType.BOOL) {
            return a == DType.BOOL ? b : a;
        }
        if (a.isFloating() != b.isFloating()) {
            return a.isFloating() ? a : b;
        }
        if (a.isFloating()) {
            return a == DType.FLOAT64 || b == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
        }
        if (bits(a) == bits(b)) {
            return DType.INT16;
        }
        return bits(a) > bits(b) ? a : b;
    }

    private static int bits(DType integer) {
        return switch (integer) {
            case INT8, UINT8 -> 8;
            case INT16 -> 16;
            case INT32 -> 32;
            default -> 64;
        };
    }
}

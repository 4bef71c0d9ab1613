package org.layerlab.core.tensor;

import org.layerlab.core.shape.DType;
import org.nd4j.linalg.api.buffer.DataType;

/** Maps Keras dtypes to ND4J data types and back. */
public final class NdDataTypes {
    private NdDataTypes() {
    }

    public static DataType toNd4j(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> DataType.HALF;
            case BFLOAT16 -> DataType.BFLOAT16;
            case FLOAT32 -> DataType.FLOAT;
            case FLOAT64 -> DataType.DOUBLE;
            case INT8 -> DataType.BYTE;
            case INT16 -> DataType.SHORT;
            case INT32 -> DataType.INT;
            case INT64 -> DataType.LONG;
            case UINT8 -> DataType.UBYTE;
            case BOOL -> DataType.BOOL;
            case STRING -> DataType.UTF8;
        };
    }

    public static DType fromNd4j(DataType type) {
        return switch (type) {
            case HALF -> DType.FLOAT16;
            case BFLOAT16 -> DType.BFLOAT16;
            case FLOAT -> DType.FLOAT32;
            case DOUBLE -> DType.FLOAT64;
            case BYTE -> DType.INT8;
            case SHORT -> DType.INT16;
            case INT -> DType.INT32;
            case LONG -> DType.INT64;
            case UBYTE -> DType.UINT8;
            case BOOL -> DType.BOOL;
            case UTF8 -> DType.STRING;
            default -> throw new IllegalArgumentException("no Keras dtype for ND4J type " + type);
        };
    }
}

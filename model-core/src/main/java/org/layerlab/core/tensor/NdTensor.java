package org.layerlab.core.tensor;

import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A tensor of the eager ND4J backend. The array is never modified through this tensor: every
 * {@link NdOps} operation returns a new array, so a tensor read from a weight stays valid.
 */
public final class NdTensor implements Tensor {
    private final INDArray array;

    private NdTensor(INDArray array) {
        this.array = array;
    }

    public static NdTensor of(INDArray array) {
        if (array == null) {
            throw new IllegalArgumentException("an NdTensor needs an array, got null");
        }
        return new NdTensor(array);
    }

    public INDArray array() {
        return array;
    }

    /** A copy: ND4J's {@code shape()} returns its internal array. */
    @Override
    public long[] shape() {
        return array.shape().clone();
    }

    @Override
    public DType dtype() {
        return NdDataTypes.fromNd4j(array.dataType());
    }

    @Override
    public String toString() {
        return "NdTensor" + Shape.ofDims(array.shape()) + " " + dtype();
    }
}

package org.layerlab.core.tensor;

import java.util.Arrays;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A variable that is only an array, for a gradient with respect to a model's inputs, say. */
public final class ArrayVariable implements Variable {
    private final String path;
    private final DType dtype;
    private INDArray value;

    public ArrayVariable(String path, INDArray value, DType dtype) {
        this.path = path;
        this.dtype = dtype;
        this.value = value.castTo(NdDataTypes.toNd4j(dtype));
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Shape shape() {
        return Shape.ofDims(value.shape());
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public INDArray value() {
        return value;
    }

    @Override
    public void assign(INDArray newValue) {
        if (!Arrays.equals(newValue.shape(), value.shape())) {
            throw new IllegalArgumentException("variable \"" + path + "\" has shape " + shape()
                    + " but was given values of shape " + Shape.ofDims(newValue.shape()));
        }
        value = newValue.castTo(NdDataTypes.toNd4j(dtype));
    }

    @Override
    public String toString() {
        return path + " " + shape() + " " + dtype;
    }
}

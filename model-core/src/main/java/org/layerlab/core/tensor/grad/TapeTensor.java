package org.layerlab.core.tensor.grad;


import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;

/**
 * A tensor of {@link TapeOps}: row-major values held in a {@code double[]} (rounded to the dtype),
 * and, when a gradient flows through it, the rule that passes its gradient on to its inputs.
 * Values are never changed after creation, so tensors may share arrays.
 */
public final class TapeTensor implements Tensor {
    /** Passes the gradient of a tensor on to the tensors it was computed from. */
    @FunctionalInterface
    interface Backward {
        void propagate(double[] gradient);
    }

    private final long[] shape;
    private final DType dtype;
    final double[] data;
    final boolean requiresGrad;
    final Variable weight;
    Backward backward;
    private double[] grad;
    private boolean gradOwned;

    TapeTensor(double[] data, long[] shape, DType dtype, boolean requiresGrad, Variable weight) {
        this.data = data;
        this.shape = shape;
        this.dtype = dtype;
        this.requiresGrad = requiresGrad;
        this.weight = weight;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    long[] shapeRef() {
        return shape;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    int size() {
        return data.length;
    }

    /** Adds to the gradient; the first array is kept without copying and copied only when a second arrives. */
    void accumulate(double[] g) {
        if (grad == null) {
            grad = g;
            gradOwned = false;
            return;
        }
        if (!gradOwned) {
            grad = grad.clone();
            gradOwned = true;
        }
        for (int i = 0; i < g.length; i++) {
            grad[i] += g[i];
        }
    }

    double[] grad() {
        return grad;
    }

    void clearGrad() {
        grad = null;
    }

    @Override
    public String toString() {
        return "TapeTensor" + Shape.ofDims(shape) + " " + dtype.kerasName();
    }
}

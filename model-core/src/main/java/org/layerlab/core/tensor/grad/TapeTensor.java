package org.layerlab.core.tensor.grad;

import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;

/**
 * A tensor of {@link TapeOps}: row-major values and, when a gradient flows through it, the rule that
 * passes its gradient on to its inputs. A float32 tensor holds a {@code float[]}, so float32
 * training computes and moves float32 values; every other dtype holds a {@code double[]} rounded to
 * the dtype, which serves float64 gradient checks exactly. Operations without a float32 kernel read
 * a widened copy ({@link #doubles()}, made once). Values are never changed after creation, so
 * tensors may share arrays; so is a gradient, whose first array is kept without copying.
 */
public final class TapeTensor implements Tensor {
    /** Passes the gradient of a tensor on to the tensors it was computed from, in double precision. */
    @FunctionalInterface
    interface Backward {
        void propagate(double[] gradient);
    }

    /** The same for a float32 tensor whose rule computes in float32. */
    @FunctionalInterface
    interface FloatBackward {
        void propagate(float[] gradient);
    }

    private final long[] shape;
    private final DType dtype;
    private double[] data;
    private float[] floats;
    final boolean requiresGrad;
    final Variable weight;
    Backward backward;
    FloatBackward floatBackward;
    private double[] grad;
    private float[] floatGrad;
    private boolean gradOwned;

    /** A tensor of the values {@code data}, rounded to {@code dtype} (a float32 one keeps them as floats). */
    TapeTensor(double[] data, long[] shape, DType dtype, boolean requiresGrad, Variable weight) {
        this.shape = shape;
        this.dtype = dtype;
        this.requiresGrad = requiresGrad;
        this.weight = weight;
        if (dtype == DType.FLOAT32) {
            this.floats = narrow(data);
        } else {
            Rounding.roundInPlace(data, dtype);
            this.data = data;
        }
    }

    /** A float32 tensor of {@code floats}. */
    TapeTensor(float[] floats, long[] shape, boolean requiresGrad, Variable weight) {
        this.shape = shape;
        this.dtype = DType.FLOAT32;
        this.floats = floats;
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

    boolean single() {
        return floats != null;
    }

    int size() {
        return floats != null ? floats.length : data.length;
    }

    /** The values in double precision; for a float32 tensor a copy made on first use. Do not modify. */
    double[] doubles() {
        if (data == null) {
            data = widen(floats);
        }
        return data;
    }

    /** The values of a float32 tensor. Do not modify. */
    float[] floats() {
        if (floats == null) {
            throw new IllegalStateException("a " + dtype.kerasName() + " tensor has no float32 values");
        }
        return floats;
    }

    /** Adds to the gradient, kept in this tensor's precision. */
    void accumulate(double[] g) {
        if (floats != null) {
            accumulate(narrow(g));
            return;
        }
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

    void accumulate(float[] g) {
        if (floats == null) {
            accumulate(widen(g));
            return;
        }
        if (floatGrad == null) {
            floatGrad = g;
            gradOwned = false;
            return;
        }
        if (!gradOwned) {
            floatGrad = floatGrad.clone();
            gradOwned = true;
        }
        for (int i = 0; i < g.length; i++) {
            floatGrad[i] += g[i];
        }
    }

    boolean hasGrad() {
        return grad != null || floatGrad != null;
    }

    /** The gradient in double precision. */
    double[] grad() {
        return floatGrad != null ? widen(floatGrad) : grad;
    }

    /** The gradient of a float32 tensor. */
    float[] floatGrad() {
        return floatGrad;
    }

    /** Runs this tensor's backward rule on its gradient. */
    void propagate() {
        if (floatBackward != null) {
            floatBackward.propagate(floatGrad);
        } else {
            backward.propagate(grad());
        }
    }

    void clearGrad() {
        grad = null;
        floatGrad = null;
    }

    static float[] narrow(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    static double[] widen(float[] f) {
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = f[i];
        }
        return v;
    }

    @Override
    public String toString() {
        return "TapeTensor" + Shape.ofDims(shape) + " " + dtype.kerasName();
    }
}

package org.layerlab.core.tensor;

import java.util.List;
import org.layerlab.core.shape.DType;

/**
 * The operations a layer may use in {@code call}, in the spirit of {@code keras.ops}. Every
 * implementation (eager on ND4J, or recording for gradients) gives the same results; binary
 * element-wise operations broadcast as NumPy does. Composite functions (activations, losses) are
 * written from these primitives so that they differentiate everywhere.
 */
public interface Ops {

    /** The current value of a variable (a layer's weight, say), as a tensor of this backend. */
    Tensor read(Variable variable);

    /** A scalar constant. */
    Tensor scalar(double value, DType dtype);

    /** A constant of the given shape from row-major values. */
    Tensor constant(double[] values, long[] shape, DType dtype);

    Tensor add(Tensor a, Tensor b);

    Tensor subtract(Tensor a, Tensor b);

    Tensor multiply(Tensor a, Tensor b);

    Tensor divide(Tensor a, Tensor b);

    /** Element-wise maximum; where both are equal the gradient goes to {@code a}. */
    Tensor maximum(Tensor a, Tensor b);

    Tensor minimum(Tensor a, Tensor b);

    Tensor negative(Tensor x);

    Tensor exp(Tensor x);

    Tensor log(Tensor x);

    /** log(1 + x), accurate for small x. */
    Tensor log1p(Tensor x);

    Tensor sqrt(Tensor x);

    Tensor square(Tensor x);

    Tensor abs(Tensor x);

    Tensor tanh(Tensor x);

    Tensor sigmoid(Tensor x);

    Tensor erf(Tensor x);

    /** x raised to a constant power. */
    Tensor pow(Tensor x, double exponent);

    /** 1 where a &gt; b, else 0, in a's dtype; carries no gradient. */
    Tensor greater(Tensor a, Tensor b);

    /** {@code mask * a + (1 - mask) * b} for a 0/1 mask; the gradient flows to the chosen branch. */
    Tensor where(Tensor mask, Tensor a, Tensor b);

    /** Matrix product contracting the last axis of {@code a} with the first axis of a 2-D {@code b}. */
    Tensor matmul(Tensor a, Tensor b);

    Tensor sum(Tensor x, int axis, boolean keepDims);

    Tensor mean(Tensor x, int axis, boolean keepDims);

    Tensor max(Tensor x, int axis, boolean keepDims);

    /** Sum over every element, as a scalar. */
    Tensor sumAll(Tensor x);

    Tensor reshape(Tensor x, long[] shape);

    /** The axes reordered: axis {@code i} of the result is axis {@code axes[i]} of {@code x}. */
    Tensor transpose(Tensor x, int[] axes);

    /** The tensors joined along {@code axis} (negative counts from the end); their other sizes must agree. */
    Tensor concatenate(List<Tensor> xs, int axis);

    Tensor cast(Tensor x, DType dtype);

    /** Uniform samples in [0, 1) of the given shape; the same seed gives the same samples. */
    Tensor randomUniform(long[] shape, DType dtype, long seed);

    /** Reads the values of a tensor out, row-major, for inspection and tests. */
    double[] values(Tensor x);
}

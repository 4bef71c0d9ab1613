package org.layerlab.core.function;

import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * The Keras activation formulas, written only with {@link Ops} primitives so that they run eagerly
 * and differentiate under any backend. Where the value is the same either way, the form is chosen
 * to match TensorFlow's gradient at kinks (for example 0 for relu at 0), and each branch of a
 * {@code where} stays finite so that {@code mask * a + (1 - mask) * b} never meets 0 * inf.
 */
public final class ActivationFormulas {
    /** Keras's SELU constants (Klambauer et al. 2017). */
    static final double SELU_ALPHA = 1.67326324235437728481704299;
    static final double SELU_SCALE = 1.05070098735548049341933498;
    /** Keras 3's default {@code negative_slope} of {@code leaky_relu}. */
    static final double LEAKY_RELU_SLOPE = 0.2;

    private ActivationFormulas() {
    }

    /** max(0, x); the constant comes first so the gradient at 0 is 0, as in TensorFlow. */
    public static Tensor relu(Tensor x, Ops ops) {
        return ops.maximum(constant(0, x, ops), x);
    }

    /** min(max(0, x), 6). */
    public static Tensor relu6(Tensor x, Ops ops) {
        return ops.minimum(constant(6, x, ops), relu(x, ops));
    }

    /**
     * x for x &ge; 0, else 0.2 x (Keras 3's default; Keras 2's LeakyReLU layer used 0.3, but the
     * {@code "leaky_relu"} string has always meant tf.nn.leaky_relu's 0.2).
     */
    public static Tensor leakyRelu(Tensor x, Ops ops) {
        return ops.maximum(scale(LEAKY_RELU_SLOPE, x, ops), x);
    }

    /** x for x &gt; 0, else exp(x) - 1. */
    public static Tensor elu(Tensor x, Ops ops) {
        return elu(x, 1.0, ops);
    }

    /** scale * elu(x, alpha) with Keras's SELU constants. */
    public static Tensor selu(Tensor x, Ops ops) {
        return scale(SELU_SCALE, elu(x, SELU_ALPHA, ops), ops);
    }

    private static Tensor elu(Tensor x, double alpha, Ops ops) {
        Tensor zero = constant(0, x, ops);
        // exp of min(x, 0) so the unused branch cannot overflow for large positive x.
        Tensor negative = ops.subtract(ops.exp(ops.minimum(x, zero)), constant(1, x, ops));
        return ops.where(ops.greater(x, zero), x, scale(alpha, negative, ops));
    }

    public static Tensor sigmoid(Tensor x, Ops ops) {
        return ops.sigmoid(x);
    }

    public static Tensor tanh(Tensor x, Ops ops) {
        return ops.tanh(x);
    }

    /**
     * ln(1 + e^x), evaluated as x + ln(1 + e^-x) for x &gt; 0 and ln(1 + e^x) otherwise, so neither
     * branch overflows and the gradient is sigmoid(x) everywhere, including at 0.
     */
    public static Tensor softplus(Tensor x, Ops ops) {
        Tensor zero = constant(0, x, ops);
        Tensor positive = ops.add(x, ops.log1p(ops.exp(ops.negative(ops.maximum(x, zero)))));
        Tensor negative = ops.log1p(ops.exp(ops.minimum(x, zero)));
        return ops.where(ops.greater(x, zero), positive, negative);
    }

    /** ln(sigmoid(x)) = -softplus(-x), finite for large |x|. */
    public static Tensor logSigmoid(Tensor x, Ops ops) {
        return ops.negative(softplus(ops.negative(x), ops));
    }

    /** x / (1 + |x|). */
    public static Tensor softsign(Tensor x, Ops ops) {
        return ops.divide(x, ops.add(constant(1, x, ops), ops.abs(x)));
    }

    /**
     * Keras 3: relu6(x + 3) / 6, saturating at &plusmn;3. Keras 2 and TensorFlow.js compute
     * clip(0.2 x + 0.5, 0, 1) under the same name, saturating at &plusmn;2.5; LayerLab follows Keras 3.
     */
    public static Tensor hardSigmoid(Tensor x, Ops ops) {
        return ops.divide(relu6(ops.add(x, constant(3, x, ops)), ops), constant(6, x, ops));
    }

    /** x * hard_sigmoid(x) (Keras 3 {@code hard_silu}, alias {@code hard_swish}). */
    public static Tensor hardSilu(Tensor x, Ops ops) {
        return ops.multiply(x, hardSigmoid(x, ops));
    }

    public static Tensor exponential(Tensor x, Ops ops) {
        return ops.exp(x);
    }

    /** x * sigmoid(x) (Keras 3 {@code silu}, alias {@code swish}). */
    public static Tensor silu(Tensor x, Ops ops) {
        return ops.multiply(x, ops.sigmoid(x));
    }

    /** The exact form 0.5 x (1 + erf(x / sqrt 2)): the Keras 3 activation's default, approximate=False. */
    public static Tensor gelu(Tensor x, Ops ops) {
        Tensor cdf = ops.add(constant(1, x, ops), ops.erf(scale(1 / Math.sqrt(2), x, ops)));
        return ops.multiply(scale(0.5, x, ops), cdf);
    }

    /** x * tanh(softplus(x)). */
    public static Tensor mish(Tensor x, Ops ops) {
        return ops.multiply(x, ops.tanh(softplus(x, ops)));
    }

    /** exp(x - max) / sum(exp(x - max)) along the last axis; subtracting the max keeps exp finite. */
    public static Tensor softmax(Tensor x, Ops ops) {
        Tensor e = ops.exp(shiftByMax(x, ops));
        return ops.divide(e, ops.sum(e, -1, true));
    }

    /** (x - max) - ln(sum(exp(x - max))) along the last axis. */
    public static Tensor logSoftmax(Tensor x, Ops ops) {
        Tensor shifted = shiftByMax(x, ops);
        return ops.subtract(shifted, ops.log(ops.sum(ops.exp(shifted), -1, true)));
    }

    private static Tensor shiftByMax(Tensor x, Ops ops) {
        return ops.subtract(x, ops.max(x, -1, true));
    }

    private static Tensor constant(double value, Tensor like, Ops ops) {
        return ops.scalar(value, like.dtype());
    }

    private static Tensor scale(double factor, Tensor x, Ops ops) {
        return ops.multiply(constant(factor, x, ops), x);
    }
}

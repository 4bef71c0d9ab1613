package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code binary_crossentropy}, averaged over the last axis. From logits it uses the stable
 * form {@code max(x, 0) - x z + log(1 + exp(-|x|))}; from probabilities it clips them to
 * [1e-7, 1 - 1e-7] first, as Keras does.
 */
public final class BinaryCrossentropy implements Loss {
    private final boolean fromLogits;
    private final double labelSmoothing;

    public BinaryCrossentropy(boolean fromLogits, double labelSmoothing) {
        this.fromLogits = fromLogits;
        this.labelSmoothing = Losses.checkSmoothing(labelSmoothing);
    }

    @Override
    public String name() {
        return "binary_crossentropy";
    }

    @Override
    public Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops) {
        Tensor z = ops.cast(LossInputs.sameShape(yTrue, yPred, ops, name()), yPred.dtype());
        if (labelSmoothing > 0) {
            z = ops.add(ops.multiply(z, ops.scalar(1 - labelSmoothing, z.dtype())),
                    ops.scalar(0.5 * labelSmoothing, z.dtype()));
        }
        Tensor one = ops.scalar(1, yPred.dtype());
        Tensor elementwise;
        if (fromLogits) {
            Tensor x = yPred;
            Tensor positive = ops.maximum(x, ops.scalar(0, x.dtype()));
            elementwise = ops.add(ops.subtract(positive, ops.multiply(x, z)),
                    ops.log1p(ops.exp(ops.negative(ops.abs(x)))));
        } else {
            Tensor p = LossInputs.clipProbabilities(yPred, ops);
            Tensor likelihood = ops.add(ops.multiply(z, ops.log(p)),
                    ops.multiply(ops.subtract(one, z), ops.log(ops.subtract(one, p))));
            elementwise = ops.negative(likelihood);
        }
        return ops.mean(elementwise, -1, false);
    }

    @Override
    public String className() {
        return "BinaryCrossentropy";
    }

    @Override
    public Config config() {
        return Config.builder().put("name", name()).put("reduction", Losses.REDUCTION)
                .put("from_logits", fromLogits).put("label_smoothing", labelSmoothing).put("axis", -1L).build();
    }
}

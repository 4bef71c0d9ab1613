package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code categorical_crossentropy} for one-hot labels: {@code -sum(y log p)} over the last
 * axis. From logits it uses log-softmax; from probabilities it renormalises them to sum to 1 and
 * clips them to [1e-7, 1 - 1e-7], as Keras does.
 */
public final class CategoricalCrossentropy implements Loss {
    private final boolean fromLogits;
    private final double labelSmoothing;

    public CategoricalCrossentropy(boolean fromLogits, double labelSmoothing) {
        this.fromLogits = fromLogits;
        this.labelSmoothing = Losses.checkSmoothing(labelSmoothing);
    }

    @Override
    public String name() {
        return "categorical_crossentropy";
    }

    @Override
    public Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops) {
        if (!java.util.Arrays.equals(yTrue.shape(), yPred.shape())) {
            throw LossInputs.mismatch(name(), yTrue.shape(), yPred.shape());
        }
        Tensor y = ops.cast(yTrue, yPred.dtype());
        if (labelSmoothing > 0) {
            long classes = yPred.shape()[yPred.rank() - 1];
            y = ops.add(ops.multiply(y, ops.scalar(1 - labelSmoothing, y.dtype())),
                    ops.scalar(labelSmoothing / classes, y.dtype()));
        }
        Tensor logProbabilities;
        if (fromLogits) {
            logProbabilities = LossInputs.logSoftmax(yPred, ops);
        } else {
            Tensor normalised = ops.divide(yPred, ops.sum(yPred, -1, true));
            logProbabilities = ops.log(LossInputs.clipProbabilities(normalised, ops));
        }
        return ops.negative(ops.sum(ops.multiply(y, logProbabilities), -1, false));
    }

    @Override
    public String className() {
        return "CategoricalCrossentropy";
    }

    @Override
    public Config config() {
        return Config.builder().put("name", name()).put("reduction", Losses.REDUCTION)
                .put("from_logits", fromLogits).put("label_smoothing", labelSmoothing).put("axis", -1L).build();
    }
}

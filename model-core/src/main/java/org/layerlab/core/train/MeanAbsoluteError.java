package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code mean_absolute_error}: mean(|y_pred - y_true|) over the last axis. */
public final class MeanAbsoluteError implements Loss {
    @Override
    public String name() {
        return "mean_absolute_error";
    }

    @Override
    public Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops) {
        Tensor t = ops.cast(LossInputs.sameShape(yTrue, yPred, ops, name()), yPred.dtype());
        return ops.mean(ops.abs(ops.subtract(yPred, t)), -1, false);
    }

    @Override
    public String className() {
        return "MeanAbsoluteError";
    }

    @Override
    public Config config() {
        return Config.builder().put("name", name()).put("reduction", Losses.REDUCTION).build();
    }
}

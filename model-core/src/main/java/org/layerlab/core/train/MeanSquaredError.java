package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code mean_squared_error}: mean((y_pred - y_true)^2) over the last axis. */
public final class MeanSquaredError implements Loss {
    @Override
    public String name() {
        return "mean_squared_error";
    }

    @Override
    public Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops) {
        Tensor t = ops.cast(LossInputs.sameShape(yTrue, yPred, ops, name()), yPred.dtype());
        return ops.mean(ops.square(ops.subtract(yPred, t)), -1, false);
    }

    @Override
    public String className() {
        return "MeanSquaredError";
    }

    @Override
    public Config config() {
        return Config.builder().put("name", name()).put("reduction", Losses.REDUCTION).build();
    }
}

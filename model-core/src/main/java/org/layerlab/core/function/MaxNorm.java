package org.layerlab.core.function;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code MaxNorm(max_value=2, axis=0)}: rescales each weight vector whose norm exceeds max_value. */
public final class MaxNorm implements Constraint {
    private final double maxValue;
    private final AxisNorms axis;

    public MaxNorm(double maxValue, AxisNorms axis) {
        this.maxValue = maxValue;
        this.axis = axis;
    }

    static MaxNorm fromConfig(Config c) {
        return new MaxNorm(c.getDouble("max_value", 2), AxisNorms.fromConfig(c));
    }

    @Override
    public Tensor apply(Tensor w, Ops ops) {
        Tensor norms = axis.norms(w, ops);
        return AxisNorms.rescale(w, AxisNorms.clip(norms, 0, maxValue, ops), norms, ops);
    }

    @Override
    public String className() {
        return "MaxNorm";
    }

    @Override
    public Config config() {
        return Config.builder().put("max_value", maxValue).put("axis", axis.configValue()).build();
    }
}

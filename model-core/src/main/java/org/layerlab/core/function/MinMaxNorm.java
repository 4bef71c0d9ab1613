package org.layerlab.core.function;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code MinMaxNorm(min_value=0.0, max_value=1.0, rate=1.0, axis=0)}: each weight vector is
 * rescaled to norm rate * clip(norm, min, max) + (1 - rate) * norm, so rate 1 enforces the range at
 * once and a smaller rate moves towards it step by step.
 */
public final class MinMaxNorm implements Constraint {
    private final double minValue;
    private final double maxValue;
    private final double rate;
    private final AxisNorms axis;

    public MinMaxNorm(double minValue, double maxValue, double rate, AxisNorms axis) {
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.rate = rate;
        this.axis = axis;
    }

    static MinMaxNorm fromConfig(Config c) {
        return new MinMaxNorm(c.getDouble("min_value", 0.0), c.getDouble("max_value", 1.0), c.getDouble("rate", 1.0),
                AxisNorms.fromConfig(c));
    }

    @Override
    public Tensor apply(Tensor w, Ops ops) {
        Tensor norms = axis.norms(w, ops);
        Tensor clipped = AxisNorms.clip(norms, minValue, maxValue, ops);
        Tensor desired = ops.add(ops.multiply(ops.scalar(rate, norms.dtype()), clipped),
                ops.multiply(ops.scalar(1 - rate, norms.dtype()), norms));
        return AxisNorms.rescale(w, desired, norms, ops);
    }

    @Override
    public String className() {
        return "MinMaxNorm";
    }

    @Override
    public Config config() {
        return Config.builder().put("min_value", minValue).put("max_value", maxValue).put("rate", rate)
                .put("axis", axis.configValue()).build();
    }
}

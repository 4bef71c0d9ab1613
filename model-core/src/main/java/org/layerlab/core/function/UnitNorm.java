package org.layerlab.core.function;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code UnitNorm(axis=0)}: w / (epsilon + norm), so each weight vector has norm 1. */
public final class UnitNorm implements Constraint {
    private final AxisNorms axis;

    public UnitNorm(AxisNorms axis) {
        this.axis = axis;
    }

    static UnitNorm fromConfig(Config c) {
        return new UnitNorm(AxisNorms.fromConfig(c));
    }

    @Override
    public Tensor apply(Tensor w, Ops ops) {
        Tensor norms = axis.norms(w, ops);
        return ops.divide(w, ops.add(ops.scalar(AxisNorms.EPSILON, norms.dtype()), norms));
    }

    @Override
    public String className() {
        return "UnitNorm";
    }

    @Override
    public Config config() {
        return Config.builder().put("axis", axis.configValue()).build();
    }
}

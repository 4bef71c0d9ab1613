package org.layerlab.core.function;

import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code NonNeg}: max(w, 0) (Keras 3's form; Keras 2 multiplied by w &gt;= 0, the same numbers). */
public final class NonNeg implements Constraint {
    @Override
    public Tensor apply(Tensor w, Ops ops) {
        return ops.maximum(w, ops.scalar(0, w.dtype()));
    }

    @Override
    public String className() {
        return "NonNeg";
    }

    @Override
    public Config config() {
        return Config.empty();
    }
}

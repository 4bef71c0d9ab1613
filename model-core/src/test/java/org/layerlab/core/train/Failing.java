package org.layerlab.core.train;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** A faulty plugin layer: passes its input on, but throws on its {@code fail_at}-th call in training. */
final class Failing extends Layer {
    static final LayerType TYPE = LayerType.builder("Failing", Failing.class, Failing::new)
            .params(ParamSpec.of("fail_at", ParamKind.INTEGER, 3L)).build();

    private final long failAt;
    private long calls;

    Failing(Config config) {
        super(TYPE, config);
        this.failAt = config.getLong("fail_at", 3);
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        if (context.training() && ++calls == failAt) {
            throw new IllegalStateException("layer \"" + name() + "\" broke\nsecond line of details");
        }
        return inputs;
    }
}

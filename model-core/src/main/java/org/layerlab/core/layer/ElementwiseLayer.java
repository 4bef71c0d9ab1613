package org.layerlab.core.layer;

import org.layerlab.core.config.Config;
import org.layerlab.core.shape.Shape;

/**
 * A layer that works value by value (an activation, noise): its output has its input's shape and it passes
 * a mask on, as Keras's activation and noise layers do.
 */
public abstract class ElementwiseLayer extends Layer {

    protected ElementwiseLayer(LayerType type, Config config) {
        super(type, config);
    }

    @Override
    public final boolean supportsMasking() {
        return true;
    }

    @Override
    public final Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }
}

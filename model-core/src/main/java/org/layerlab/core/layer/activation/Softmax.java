package org.layerlab.core.layer.activation;

import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code Softmax} along {@code axis}: {@code exp(x) / sum(exp(x))}, computed shifted by the maximum.
 * TensorFlow.js's softmax takes only the last axis, so the class {@code Softmax.js} is written beside TF.js
 * exports in its place.
 */
public final class Softmax extends ElementwiseLayer {
    static final Param<Long> AXIS = Param.integer("axis", -1);

    public static final LayerType TYPE = LayerType.builder("Softmax", Softmax.class, Softmax::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2c-chart-bar")
            .params(AXIS)
            .summary(c -> "Softmax axis " + AXIS.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().tfjsClass("Softmax.js"))
            .build();

    public Softmax(Config config) {
        super(TYPE, config);
    }

    @Override
    protected void build(Shape inputShape) {
        axis(inputShape);
    }

    private int axis(Shape shape) {
        int axis = (int) Math.clamp(get(AXIS), -1000, 1000);
        if (!shape.hasAxis(axis) || shape.normalizeAxis(axis) == 0) {
            throw new ConfigException("axis", "layer \"" + name() + "\": axis " + get(AXIS) + " is out of range for input"
                    + " shape " + shape + " (softmax over the batch axis is not supported)");
        }
        return shape.normalizeAxis(axis);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        int axis = axis(Shape.ofDims(inputs.shape()));
        Tensor e = ops.exp(ops.subtract(inputs, ops.max(inputs, axis, true)));
        return ops.divide(e, ops.sum(e, axis, true));
    }
}

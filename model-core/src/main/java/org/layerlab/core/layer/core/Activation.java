package org.layerlab.core.layer.core;

import org.layerlab.core.config.Config;
import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Applies an activation function to its input. */
public final class Activation extends Layer {
    static final Param<ActivationFunction> ACTIVATION = Param.activation("activation");

    public static final LayerType TYPE = LayerType.builder("Activation", Activation.class, Activation::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2f-function-variant")
            .params(ACTIVATION)
            .summary(c -> "Activation " + ACTIVATION.from(c).name())
            .keras(KerasForm.builtIn().builtAtConstruction())
            .build();

    public Activation(Config config) {
        super(TYPE, config);
    }

    public ActivationFunction activation() {
        return get(ACTIVATION);
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        return activation().apply(inputs, context.ops());
    }
}

package org.layerlab.core.layer.core;

import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.function.Activations;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Applies an activation function to its input. */
public final class Activation extends Layer {
    public static final LayerType TYPE = LayerType.builder("Activation", Activation.class, Activation::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2f-function-variant")
            .params(ParamSpec.required("activation", ParamKind.ACTIVATION))
            .summary(c -> "Activation " + c.getString("activation", "?"))
            .build();

    private final ActivationFunction activation;

    public Activation(Config config) {
        super(config);
        this.activation = Activations.get(config.getString("activation", null));
    }

    @Override
    public String className() {
        return TYPE.className();
    }

    public ActivationFunction activation() {
        return activation;
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
        return activation.apply(inputs, context.ops());
    }

    @Override
    public Config getConfig() {
        return Config.builder().putAll(super.getConfig()).put("activation", activation.name()).build();
    }
}

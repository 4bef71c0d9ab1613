package org.layerlab.core.layer.core;

import java.util.List;
import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.function.Activations;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Applies an activation function to its input. */
public final class Activation extends Layer {
    public static final LayerType TYPE = new LayerType("Activation", List.of(
            ParamSpec.required("activation", ParamKind.ACTIVATION, "Function applied to each value.")),
            Activation::new, "Applies an activation function.");

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

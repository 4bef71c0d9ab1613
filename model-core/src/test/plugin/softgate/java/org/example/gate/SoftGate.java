package org.example.gate;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** {@code x * sigmoid(temperature * gate) + shift} per feature: a learned gate and a frozen shift. */
public final class SoftGate extends Layer {
    static final Param<Double> TEMPERATURE = Param.number("temperature", 1.0);

    public static final LayerType TYPE = LayerType.builder("SoftGate", SoftGate.class, SoftGate::new)
            .group(LayerGroup.CUSTOM).icon("mdi2g-gate")
            .params(TEMPERATURE)
            .weights(WeightDeclaration.ofOneInput((config, in) -> List.of(
                    DeclaredWeight.trainable("gate", in.dim(-1)), DeclaredWeight.nonTrainable("shift", in.dim(-1)))))
            .summary(config -> "SoftGate " + TEMPERATURE.from(config))
            .keras(KerasForm.custom("SoftGate.py", "SoftGate.js"))
            .build();

    private Weight gate;
    private Weight shift;

    public SoftGate(Config config) {
        super(TYPE, config);
    }

    @Override
    protected void build(Shape inputShape) {
        gate = addWeight("gate", WeightOptions.of(Initializers.deserialize("zeros")));
        shift = addWeight("shift", WeightOptions.of(Initializers.deserialize("zeros")));
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor open = ops.sigmoid(ops.multiply(context.read(gate), ops.scalar(get(TEMPERATURE), inputs.dtype())));
        return ops.add(ops.multiply(inputs, open), context.read(shift));
    }
}

package org.layerlab.core.layer.activation;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code ELU}: {@code x} above 0, {@code alpha * (exp(x) - 1)} below. TensorFlow.js's ELU refuses an
 * alpha other than 1, so the class {@code ELU.js} is written beside TF.js exports in its place.
 */
public final class ELU extends ElementwiseLayer {
    static final Param<Double> ALPHA = Param.number("alpha", 1.0);

    public static final LayerType TYPE = LayerType.builder("ELU", ELU.class, ELU::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2c-chart-areaspline")
            .params(ALPHA)
            .summary(c -> "ELU " + ALPHA.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().tfjsClass("ELU.js"))
            .build();

    public ELU(Config config) {
        super(TYPE, config);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor zero = ops.scalar(0, inputs.dtype());
        // exp of the clipped input, so a large positive x, which takes the other branch, cannot overflow.
        Tensor expm1 = ops.subtract(ops.exp(ops.minimum(inputs, zero)), ops.scalar(1, inputs.dtype()));
        return ops.where(ops.greater(inputs, zero), inputs, ops.multiply(expm1, ops.scalar(get(ALPHA), inputs.dtype())));
    }
}

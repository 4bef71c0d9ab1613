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
 * Keras 2's {@code ThresholdedReLU}: {@code x} where {@code x > theta}, else 0. Keras 3 dropped the class, so
 * exports write its Python class {@code ThresholdedReLU.py} (and, to keep the pair, {@code ThresholdedReLU.js}).
 */
public final class ThresholdedReLU extends ElementwiseLayer {
    static final Param<Double> THETA = Param.number("theta", 1.0).atLeast(0);

    public static final LayerType TYPE = LayerType.builder("ThresholdedReLU", ThresholdedReLU.class,
                    ThresholdedReLU::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2s-stairs")
            .params(THETA)
            .summary(c -> "ThresholdedReLU " + THETA.from(c))
            .keras(KerasForm.custom("ThresholdedReLU.py", "ThresholdedReLU.js").builtAtConstruction())
            .build();

    public ThresholdedReLU(Config config) {
        super(TYPE, config);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        return ops.where(ops.greater(inputs, ops.scalar(get(THETA), inputs.dtype())), inputs,
                ops.scalar(0, inputs.dtype()));
    }
}

package org.layerlab.core.layer.activation;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code ReLU}: {@code x} from {@code threshold} up, capped at {@code max_value} when one is
 * given, and {@code negative_slope * (x - threshold)} below. TensorFlow.js's ReLU reads only
 * {@code maxValue}, so the class {@code ReLU.js} is written beside TF.js exports in its place.
 */
public final class ReLU extends ElementwiseLayer {
    static final Param<Object> MAX_VALUE = Param.of(ParamSpec.of("max_value", ParamKind.FLOAT, null).atLeast(0));
    static final Param<Double> NEGATIVE_SLOPE = Param.number("negative_slope", 0.0).atLeast(0);
    static final Param<Double> THRESHOLD = Param.number("threshold", 0.0);

    public static final LayerType TYPE = LayerType.builder("ReLU", ReLU.class, ReLU::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2c-chart-line-variant")
            .params(MAX_VALUE, NEGATIVE_SLOPE, THRESHOLD)
            .summary(c -> MAX_VALUE.from(c) == null ? "ReLU" : "ReLU max " + MAX_VALUE.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().tfjsClass("ReLU.js"))
            .build();

    private final Double maxValue;

    public ReLU(Config config) {
        super(TYPE, config);
        maxValue = get(MAX_VALUE) instanceof Number n ? n.doubleValue() : null;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor threshold = ops.scalar(get(THRESHOLD), inputs.dtype());
        Tensor above = ops.subtract(ops.scalar(1, inputs.dtype()), ops.greater(threshold, inputs));
        // A zero slope gives exact zeros below, as Keras's plain relu does, rather than 0 × negative = -0.
        Tensor below = get(NEGATIVE_SLOPE) == 0 ? ops.scalar(0, inputs.dtype())
                : ops.multiply(ops.subtract(inputs, threshold), ops.scalar(get(NEGATIVE_SLOPE), inputs.dtype()));
        Tensor y = ops.where(above, inputs, below);
        return maxValue == null ? y : ops.minimum(y, ops.scalar(maxValue, inputs.dtype()));
    }
}

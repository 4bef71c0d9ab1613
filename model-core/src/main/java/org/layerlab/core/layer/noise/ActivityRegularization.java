package org.layerlab.core.layer.noise;

import org.layerlab.core.config.Config;
import org.layerlab.core.function.NormPenalty;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code ActivityRegularization}: passes its input on unchanged and, in training, adds
 * {@code l1 * sum(|x|) + l2 * sum(x²)} of it to the loss. TensorFlow.js has no such layer, so its class
 * {@code ActivityRegularization.js} is written beside TF.js exports.
 */
public final class ActivityRegularization extends ElementwiseLayer {
    static final Param<Double> L1 = Param.number("l1", 0.0).atLeast(0);
    static final Param<Double> L2 = Param.number("l2", 0.0).atLeast(0);

    public static final LayerType TYPE = LayerType.builder("ActivityRegularization", ActivityRegularization.class,
                    ActivityRegularization::new)
            .group(LayerGroup.NOISE).icon("mdi2s-scale-balance")
            .params(L1, L2)
            .summary(c -> "ActivityRegularization l1 " + L1.from(c) + " l2 " + L2.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().tfjsClass("ActivityRegularization.js"))
            .build();

    private final Regularizer penalty;

    public ActivityRegularization(Config config) {
        super(TYPE, config);
        penalty = NormPenalty.l1l2(get(L1), get(L2));
    }

    @Override
    public Regularizer activityRegularizer() {
        return penalty;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        return inputs;
    }
}

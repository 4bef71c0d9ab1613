package org.layerlab.core.layer.normalization;

import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_CONSTRAINT;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_INITIALIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_REGULARIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.CENTER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_CONSTRAINT;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_INITIALIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_REGULARIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.SCALE;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code LayerNormalization}: each sample is normalised along {@code axis} with its own mean and
 * variance, the same in training and inference, then {@code gamma} scales and {@code beta} shifts.
 */
public final class LayerNormalization extends Layer {
    static final Param<Long> AXIS = Param.integer("axis", -1);
    static final Param<Double> EPSILON = Param.number("epsilon", 0.001).atLeast(0);

    public static final LayerType TYPE = LayerType.builder("LayerNormalization", LayerNormalization.class,
                    LayerNormalization::new)
            .group(LayerGroup.NORMALIZATION).icon("mdi2t-tune-variant")
            .params(AXIS, EPSILON, CENTER, SCALE, BETA_INITIALIZER, GAMMA_INITIALIZER, BETA_REGULARIZER,
                    GAMMA_REGULARIZER, BETA_CONSTRAINT, GAMMA_CONSTRAINT)
            .weights(WeightDeclaration.ofOneInput((c, input) -> ScaleAndOffset.declared(c,
                    Features.size(AXIS.from(c), input))))
            .summary(c -> "LayerNormalization axis " + AXIS.from(c))
            .keras(KerasForm.builtIn().configForm(new AxisForm()))
            .build();

    private ScaleAndOffset scaleAndOffset;
    private int axis;

    public LayerNormalization(Config config) {
        super(TYPE, config);
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    protected void build(Shape inputShape) {
        axis = Features.axis(name(), get(AXIS), inputShape);
        scaleAndOffset = ScaleAndOffset.build(getConfig(), this::addWeight,
                Features.broadcastShape(inputShape.rank(), axis, inputShape.dim(axis)));
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor centered = ops.subtract(inputs, ops.mean(inputs, axis, true));
        Tensor variance = ops.mean(ops.square(centered), axis, true);
        Tensor normalized = ops.divide(centered, ops.sqrt(ops.add(variance, ops.scalar(get(EPSILON), inputs.dtype()))));
        return scaleAndOffset.apply(normalized, context);
    }
}

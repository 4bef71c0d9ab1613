package org.layerlab.core.layer.normalization;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
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

/**
 * Keras's {@code LayerNormalization}: each sample is normalised along {@code axis} with its own mean and
 * variance, the same in training and inference, then {@code gamma} scales and {@code beta} shifts.
 */
public final class LayerNormalization extends Layer {
    static final Param<Long> AXIS = Param.integer("axis", -1);
    static final Param<Double> EPSILON = Param.number("epsilon", 0.001).atLeast(0);
    static final Param<Boolean> CENTER = Param.bool("center", true);
    static final Param<Boolean> SCALE = Param.bool("scale", true);
    static final Param<Initializer> BETA_INITIALIZER = Param.initializer("beta_initializer", "Zeros");
    static final Param<Initializer> GAMMA_INITIALIZER = Param.initializer("gamma_initializer", "Ones");
    static final Param<Regularizer> BETA_REGULARIZER = Param.regularizer("beta_regularizer");
    static final Param<Regularizer> GAMMA_REGULARIZER = Param.regularizer("gamma_regularizer");
    static final Param<Constraint> BETA_CONSTRAINT = Param.constraint("beta_constraint");
    static final Param<Constraint> GAMMA_CONSTRAINT = Param.constraint("gamma_constraint");

    public static final LayerType TYPE = LayerType.builder("LayerNormalization", LayerNormalization.class,
                    LayerNormalization::new)
            .group(LayerGroup.NORMALIZATION).icon("mdi2t-tune-variant")
            .params(AXIS, EPSILON, CENTER, SCALE, BETA_INITIALIZER, GAMMA_INITIALIZER, BETA_REGULARIZER,
                    GAMMA_REGULARIZER, BETA_CONSTRAINT, GAMMA_CONSTRAINT)
            .weights(WeightDeclaration.ofOneInput(LayerNormalization::weights))
            .summary(c -> "LayerNormalization axis " + AXIS.from(c))
            .keras(KerasForm.builtIn().configForm(new AxisForm()))
            .build();

    private Weight gamma;
    private Weight beta;
    private int axis;
    private long[] broadcastShape;

    public LayerNormalization(Config config) {
        super(TYPE, config);
    }

    private static List<DeclaredWeight> weights(Config config, Shape input) {
        long features = Features.size(AXIS.from(config), input);
        List<DeclaredWeight> weights = new ArrayList<>();
        if (SCALE.from(config)) {
            weights.add(DeclaredWeight.trainable("gamma", features));
        }
        if (CENTER.from(config)) {
            weights.add(DeclaredWeight.trainable("beta", features));
        }
        return weights;
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    protected void build(Shape inputShape) {
        axis = Features.axis(name(), get(AXIS), inputShape);
        if (get(SCALE)) {
            gamma = addWeight("gamma", WeightOptions.of(get(GAMMA_INITIALIZER)).regularizer(get(GAMMA_REGULARIZER))
                    .constraint(get(GAMMA_CONSTRAINT)));
        }
        if (get(CENTER)) {
            beta = addWeight("beta", WeightOptions.of(get(BETA_INITIALIZER)).regularizer(get(BETA_REGULARIZER))
                    .constraint(get(BETA_CONSTRAINT)));
        }
        broadcastShape = Features.broadcastShape(inputShape.rank(), axis, inputShape.dim(axis));
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
        Tensor y = ops.divide(centered, ops.sqrt(ops.add(variance, ops.scalar(get(EPSILON), inputs.dtype()))));
        if (gamma != null) {
            y = ops.multiply(y, ops.reshape(context.read(gamma), broadcastShape));
        }
        if (beta != null) {
            y = ops.add(y, ops.reshape(context.read(beta), broadcastShape));
        }
        return y;
    }
}

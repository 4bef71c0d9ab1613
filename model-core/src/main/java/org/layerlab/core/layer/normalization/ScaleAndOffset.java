package org.layerlab.core.layer.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * What a normalisation layer does after normalising: multiply by the trainable {@code gamma} when
 * {@code scale} and add the trainable {@code beta} when {@code center}, one value per feature, with the
 * parameters Keras gives both layers for them.
 */
final class ScaleAndOffset {
    static final Param<Boolean> CENTER = Param.bool("center", true);
    static final Param<Boolean> SCALE = Param.bool("scale", true);
    static final Param<Initializer> BETA_INITIALIZER = Param.initializer("beta_initializer", "Zeros");
    static final Param<Initializer> GAMMA_INITIALIZER = Param.initializer("gamma_initializer", "Ones");
    static final Param<Regularizer> BETA_REGULARIZER = Param.regularizer("beta_regularizer");
    static final Param<Regularizer> GAMMA_REGULARIZER = Param.regularizer("gamma_regularizer");
    static final Param<Constraint> BETA_CONSTRAINT = Param.constraint("beta_constraint");
    static final Param<Constraint> GAMMA_CONSTRAINT = Param.constraint("gamma_constraint");

    private final Weight gamma;
    private final Weight beta;
    private final long[] broadcastShape;

    private ScaleAndOffset(Weight gamma, Weight beta, long[] broadcastShape) {
        this.gamma = gamma;
        this.beta = beta;
        this.broadcastShape = broadcastShape;
    }

    /** gamma then beta, as the config asks for them, for {@code features} features. */
    static List<DeclaredWeight> declared(Config config, long features) {
        List<DeclaredWeight> weights = new ArrayList<>();
        if (SCALE.from(config)) {
            weights.add(DeclaredWeight.trainable("gamma", features));
        }
        if (CENTER.from(config)) {
            weights.add(DeclaredWeight.trainable("beta", features));
        }
        return weights;
    }

    /** Creates gamma and beta through the layer's {@code addWeight}, to be broadcast in {@code broadcastShape}. */
    static ScaleAndOffset build(Config config, BiFunction<String, WeightOptions, Weight> addWeight,
            long[] broadcastShape) {
        Weight gamma = SCALE.from(config) ? addWeight.apply("gamma", WeightOptions.of(GAMMA_INITIALIZER.from(config))
                .regularizer(GAMMA_REGULARIZER.from(config)).constraint(GAMMA_CONSTRAINT.from(config))) : null;
        Weight beta = CENTER.from(config) ? addWeight.apply("beta", WeightOptions.of(BETA_INITIALIZER.from(config))
                .regularizer(BETA_REGULARIZER.from(config)).constraint(BETA_CONSTRAINT.from(config))) : null;
        return new ScaleAndOffset(gamma, beta, broadcastShape);
    }

    /** {@code normalized * gamma + beta}, each where the layer has it. */
    Tensor apply(Tensor normalized, CallContext context) {
        Ops ops = context.ops();
        Tensor y = normalized;
        if (gamma != null) {
            y = ops.multiply(y, ops.reshape(context.read(gamma), broadcastShape));
        }
        if (beta != null) {
            y = ops.add(y, ops.reshape(context.read(beta), broadcastShape));
        }
        return y;
    }

    /** A per-feature weight of the layer in the shape it is broadcast in. */
    Tensor broadcast(Weight weight, CallContext context) {
        return context.ops().reshape(context.read(weight), broadcastShape);
    }
}

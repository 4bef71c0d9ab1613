package org.layerlab.core.layer.normalization;

import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_CONSTRAINT;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_INITIALIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.BETA_REGULARIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.CENTER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_CONSTRAINT;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_INITIALIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.GAMMA_REGULARIZER;
import static org.layerlab.core.layer.normalization.ScaleAndOffset.SCALE;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Initializer;
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
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code BatchNormalization}, the example of non-trainable weights and their updates: in training
 * each feature along {@code axis} is normalised with the batch's mean and variance, and the non-trainable
 * {@code moving_mean} and {@code moving_variance} move towards them ({@code moving = moving * momentum +
 * batch * (1 - momentum)}) through {@link CallContext#update}; in inference the moving statistics are used.
 * Then {@code gamma} scales and {@code beta} shifts, when {@code scale} and {@code center} say so. A frozen
 * layer ({@code trainable} false) always runs in inference mode, as in Keras 3.
 */
public final class BatchNormalization extends Layer {
    static final Param<Long> AXIS = Param.integer("axis", -1);
    static final Param<Double> MOMENTUM = Param.number("momentum", 0.99).atLeast(0).atMost(1);
    static final Param<Double> EPSILON = Param.number("epsilon", 0.001).atLeast(0);
    static final Param<Initializer> MOVING_MEAN_INITIALIZER = Param.initializer("moving_mean_initializer", "Zeros");
    static final Param<Initializer> MOVING_VARIANCE_INITIALIZER = Param.initializer("moving_variance_initializer",
            "Ones");

    public static final LayerType TYPE = LayerType.builder("BatchNormalization", BatchNormalization.class,
                    BatchNormalization::new)
            .group(LayerGroup.NORMALIZATION).icon("mdi2c-chart-bell-curve")
            .params(AXIS, MOMENTUM, EPSILON, CENTER, SCALE, BETA_INITIALIZER, GAMMA_INITIALIZER,
                    MOVING_MEAN_INITIALIZER, MOVING_VARIANCE_INITIALIZER, BETA_REGULARIZER, GAMMA_REGULARIZER,
                    BETA_CONSTRAINT, GAMMA_CONSTRAINT)
            .weights(WeightDeclaration.ofOneInput(BatchNormalization::weights))
            .summary(c -> "BatchNormalization momentum " + MOMENTUM.from(c))
            // Keras 1's mode 0 is today's layer; its beta_init and gamma_init are the initializers.
            .keras(KerasForm.builtIn().keras1Names("beta_init", "beta_initializer", "gamma_init", "gamma_initializer")
                    .configForm(new AxisForm()))
            .build();

    private ScaleAndOffset scaleAndOffset;
    private Weight movingMean;
    private Weight movingVariance;

    public BatchNormalization(Config config) {
        super(TYPE, config);
    }

    private static List<DeclaredWeight> weights(Config config, Shape input) {
        long channels = Features.size(AXIS.from(config), input);
        List<DeclaredWeight> weights = new ArrayList<>(ScaleAndOffset.declared(config, channels));
        weights.add(DeclaredWeight.nonTrainable("moving_mean", channels));
        weights.add(DeclaredWeight.nonTrainable("moving_variance", channels));
        return weights;
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    protected void build(Shape inputShape) {
        int axis = Features.axis(name(), get(AXIS), inputShape);
        scaleAndOffset = ScaleAndOffset.build(getConfig(), this::addWeight,
                Features.broadcastShape(inputShape.rank(), axis, inputShape.dim(axis)));
        movingMean = addWeight("moving_mean", WeightOptions.of(get(MOVING_MEAN_INITIALIZER)));
        movingVariance = addWeight("moving_variance", WeightOptions.of(get(MOVING_VARIANCE_INITIALIZER)));
        setInputSpec(InputSpec.builder().ndim(inputShape.rank()).axis(axis, inputShape.dim(axis)).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor mean;
        Tensor variance;
        if (context.training() && isTrainable()) {
            int axis = Features.axis(name(), get(AXIS), Shape.ofDims(inputs.shape()));
            mean = Features.meanOverAllBut(inputs, axis, ops);
            variance = Features.meanOverAllBut(ops.square(ops.subtract(inputs, mean)), axis, ops);
            Tensor momentum = ops.scalar(get(MOMENTUM), inputs.dtype());
            Tensor rest = ops.scalar(1 - get(MOMENTUM), inputs.dtype());
            context.update(movingMean, ops.add(ops.multiply(context.read(movingMean), momentum),
                    ops.multiply(ops.reshape(mean, new long[] {-1}), rest)));
            context.update(movingVariance, ops.add(ops.multiply(context.read(movingVariance), momentum),
                    ops.multiply(ops.reshape(variance, new long[] {-1}), rest)));
        } else {
            mean = scaleAndOffset.broadcast(movingMean, context);
            variance = scaleAndOffset.broadcast(movingVariance, context);
        }
        Tensor normalized = ops.divide(ops.subtract(inputs, mean),
                ops.sqrt(ops.add(variance, ops.scalar(get(EPSILON), inputs.dtype()))));
        return scaleAndOffset.apply(normalized, context);
    }
}

package org.layerlab.core.layer.custom;

import java.util.Arrays;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.StandardizationFold;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightDeclaration;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * DenseNet's custom {@code Scale} layer: {@code gamma * x + beta}, with gamma and beta of shape
 * {@code (input_shape[axis],)} broadcast along that axis. Written only against model-core's public
 * API, exactly as a user's own layer would be, and registered through {@link ScalePlugin}. Its Keras
 * Python class and TensorFlow.js class are {@code Scale.py} and {@code Scale.js} beside this class.
 */
public final class Scale extends Layer {
    static final Param<Long> AXIS = Param.integer("axis", -1);
    static final Param<Double> MOMENTUM = Param.number("momentum", 0.9).atLeast(0).atMost(1);
    static final Param<Initializer> GAMMA_INITIALIZER = Param.initializer("gamma_initializer", "Ones");
    static final Param<Initializer> BETA_INITIALIZER = Param.initializer("beta_initializer", "Zeros");

    public static final LayerType TYPE = LayerType.builder("Scale", Scale.class, Scale::new)
            .group(LayerGroup.CUSTOM).icon("mdi2s-scale")
            .params(AXIS, MOMENTUM, GAMMA_INITIALIZER, BETA_INITIALIZER)
            .weights(WeightDeclaration.ofOneInput(Scale::weights))
            .summary(c -> "Scale axis " + AXIS.from(c))
            // DenseNet's own Scale class does not take initializers, so they are written only when changed.
            .keras(KerasForm.custom("Scale.py", "Scale.js").omittedAtDefault("gamma_initializer", "beta_initializer"))
            .standardizationFold(Scale::foldStandardization)
            .build();

    private Weight gamma;
    private Weight beta;
    private long[] broadcastShape;

    public Scale(Config config) {
        super(TYPE, config);
    }

    private static List<DeclaredWeight> weights(Config config, Shape input) {
        int axis = Math.clamp(AXIS.from(config), Integer.MIN_VALUE, Integer.MAX_VALUE);
        long channels = input.hasAxis(axis) && input.normalizeAxis(axis) != 0 ? input.dim(axis) : Shape.UNKNOWN;
        return List.of(new DeclaredWeight("gamma", Shape.ofDims(channels), true),
                new DeclaredWeight("beta", Shape.ofDims(channels), true));
    }

    /**
     * On flat inputs: {@code gamma' = gamma / std} and {@code beta' = beta - mean * gamma / std}, in double,
     * rounded to float once.
     */
    private static StandardizationFold.Folded foldStandardization(Config config, List<float[]> weights,
            double[] mean, double[] std) {
        float[] gamma = new float[mean.length];
        float[] beta = new float[mean.length];
        for (int i = 0; i < mean.length; i++) {
            double g = weights.get(0)[i] / std[i];
            gamma[i] = (float) g;
            beta[i] = (float) (weights.get(1)[i] - mean[i] * g);
        }
        return new StandardizationFold.Folded(config, List.of(gamma, beta));
    }

    @Override
    protected void build(Shape inputShape) {
        int axis = Math.clamp(get(AXIS), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (!inputShape.hasAxis(axis) || inputShape.normalizeAxis(axis) == 0) {
            throw new ConfigException("axis", "layer \"" + name() + "\": axis " + axis
                    + " is out of range for input shape " + inputShape + " (the batch axis cannot be scaled)");
        }
        long channels = inputShape.dim(axis);
        if (channels == Shape.UNKNOWN) {
            throw new IllegalArgumentException("layer \"" + name() + "\": axis " + axis
                    + " of the input must have a known size, got shape " + inputShape);
        }
        gamma = addWeight("gamma", WeightOptions.of(get(GAMMA_INITIALIZER)));
        beta = addWeight("beta", WeightOptions.of(get(BETA_INITIALIZER)));
        broadcastShape = new long[inputShape.rank()];
        Arrays.fill(broadcastShape, 1);
        broadcastShape[inputShape.normalizeAxis(axis)] = channels;
        setInputSpec(InputSpec.builder().shape(inputShape).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        Tensor g = ops.reshape(context.read(gamma), broadcastShape);
        Tensor b = ops.reshape(context.read(beta), broadcastShape);
        return ops.add(ops.multiply(inputs, g), b);
    }
}

package org.layerlab.core.layer.custom;

import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * DenseNet's custom {@code Scale} layer: {@code gamma * x + beta}, with gamma and beta of shape
 * {@code (input_shape[axis],)} broadcast along that axis. Written only against model-core's public
 * API, exactly as a user's own layer would be, and registered through {@link ScalePlugin}.
 */
public final class Scale extends Layer {
    private static final Config ONES = Config.builder().put("class_name", "Ones").put("config", Config.empty()).build();
    private static final Config ZEROS = Config.builder().put("class_name", "Zeros").put("config", Config.empty()).build();

    public static final LayerType TYPE = LayerType.builder("Scale", Scale.class, Scale::new)
            .group(LayerGroup.CUSTOM).icon("mdi2s-scale")
            .params(ParamSpec.of("axis", ParamKind.INTEGER, -1L),
                    ParamSpec.of("momentum", ParamKind.FLOAT, 0.9).atLeast(0).atMost(1),
                    ParamSpec.of("gamma_initializer", ParamKind.INITIALIZER, ONES),
                    ParamSpec.of("beta_initializer", ParamKind.INITIALIZER, ZEROS))
            .summary(c -> "Scale axis " + c.getLong("axis", -1))
            .build();

    private final int axis;
    private final double momentum;
    private final Config gammaInitConfig;
    private final Config betaInitConfig;
    private final Initializer gammaInitializer;
    private final Initializer betaInitializer;
    private Weight gamma;
    private Weight beta;
    private long[] broadcastShape;

    public Scale(Config config) {
        super(config);
        this.axis = config.getInt("axis", -1);
        this.momentum = config.getDouble("momentum", 0.9);
        this.gammaInitializer = Initializers.deserialize(config.get("gamma_initializer"));
        this.betaInitializer = Initializers.deserialize(config.get("beta_initializer"));
        this.gammaInitConfig = Initializers.serialize(gammaInitializer);
        this.betaInitConfig = Initializers.serialize(betaInitializer);
    }

    @Override
    public String className() {
        return TYPE.className();
    }

    @Override
    protected void build(Shape inputShape) {
        if (!inputShape.hasAxis(axis) || inputShape.normalizeAxis(axis) == 0) {
            throw new ConfigException("axis", "layer \"" + name() + "\": axis " + axis
                    + " is out of range for input shape " + inputShape + " (the batch axis cannot be scaled)");
        }
        long channels = inputShape.dim(axis);
        if (channels == Shape.UNKNOWN) {
            throw new IllegalArgumentException("layer \"" + name() + "\": axis " + axis
                    + " of the input must have a known size, got shape " + inputShape);
        }
        gamma = addWeight("gamma", Shape.ofDims(channels), gammaInitializer, null, null, true);
        beta = addWeight("beta", Shape.ofDims(channels), betaInitializer, null, null, true);
        broadcastShape = new long[inputShape.rank()];
        java.util.Arrays.fill(broadcastShape, 1);
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

    /** Leaves the initializers out when they are the defaults, so DenseNet's own Scale class can read the config. */
    @Override
    public Config getConfig() {
        Config.Builder b = Config.builder().putAll(super.getConfig()).put("momentum", momentum).put("axis", axis);
        if (!gammaInitConfig.equals(ONES)) {
            b.put("gamma_initializer", gammaInitConfig);
        }
        if (!betaInitConfig.equals(ZEROS)) {
            b.put("beta_initializer", betaInitConfig);
        }
        return b.build();
    }
}

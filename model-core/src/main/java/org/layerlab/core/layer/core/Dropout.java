package org.layerlab.core.layer.core;

import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Inverted dropout: in training each unit is kept with probability 1 - rate and scaled by
 * 1 / (1 - rate); in inference the layer is the identity.
 */
public final class Dropout extends Layer {
    public static final LayerType TYPE = LayerType.builder("Dropout", Dropout.class, Dropout::new)
            .group(LayerGroup.NOISE).icon("mdi2d-dots-hexagon")
            .params(ParamSpec.required("rate", ParamKind.FLOAT).atLeast(0).below(1),
                    ParamSpec.of("noise_shape", ParamKind.INTEGER_LIST, null),
                    ParamSpec.of("seed", ParamKind.INTEGER, null))
            .summary(c -> "Dropout " + c.getDouble("rate", 0))
            .build();

    private final double rate;
    private final List<Object> noiseShape;
    private final Long seed;
    private final SplittableRandom ownSeeds;

    public Dropout(Config config) {
        super(config);
        this.rate = config.getDouble("rate", 0);
        if (!(rate >= 0 && rate < 1)) {
            throw new ConfigException("rate", "rate must be in [0, 1), got " + rate);
        }
        this.noiseShape = config.getList("noise_shape");
        this.seed = config.getOptionalLong("seed");
        this.ownSeeds = seed == null ? null : new SplittableRandom(seed);
    }

    @Override
    public String className() {
        return TYPE.className();
    }

    public double rate() {
        return rate;
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    protected void build(Shape inputShape) {
        if (noiseShape != null && noiseShape.size() != inputShape.rank()) {
            throw new IllegalArgumentException("layer \"" + name() + "\": noise_shape " + noiseShape
                    + " does not have the rank of the input " + inputShape);
        }
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        if (!context.training() || rate == 0) {
            return inputs;
        }
        Ops ops = context.ops();
        long maskSeed = ownSeeds != null ? ownSeeds.nextLong() : context.nextSeed();
        Tensor uniform = ops.randomUniform(maskShape(inputs.shape()), inputs.dtype(), maskSeed);
        Tensor keep = ops.greater(uniform, ops.scalar(rate, inputs.dtype()));
        Tensor scaled = ops.divide(inputs, ops.scalar(1 - rate, inputs.dtype()));
        return ops.multiply(scaled, keep);
    }

    private long[] maskShape(long[] inputShape) {
        if (noiseShape == null) {
            return inputShape;
        }
        if (noiseShape.size() != inputShape.length) {
            throw new IllegalArgumentException("layer \"" + name() + "\": noise_shape " + noiseShape
                    + " does not have the rank of the input " + Shape.ofDims(inputShape));
        }
        long[] shape = new long[inputShape.length];
        for (int i = 0; i < shape.length; i++) {
            Object d = noiseShape.get(i);
            shape[i] = d == null ? inputShape[i] : ((Number) d).longValue();
        }
        return shape;
    }

    @Override
    public Config getConfig() {
        return Config.builder().putAll(super.getConfig())
                .put("rate", rate)
                .put("noise_shape", noiseShape)
                .put("seed", seed)
                .build();
    }
}

package org.layerlab.core.layer.core;

import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Inverted dropout: in training each unit is kept with probability 1 - rate and scaled by
 * 1 / (1 - rate); in inference the layer is the identity.
 */
public final class Dropout extends Layer {
    static final Param<Double> RATE = Param.number("rate").atLeast(0).below(1);
    static final Param<List<Object>> NOISE_SHAPE = Param.integerList("noise_shape");
    static final Param<Long> SEED = Param.optionalLong("seed");

    public static final LayerType TYPE = LayerType.builder("Dropout", Dropout.class, Dropout::new)
            .group(LayerGroup.NOISE).icon("mdi2d-dots-hexagon")
            .params(RATE, NOISE_SHAPE, SEED)
            .summary(c -> "Dropout " + RATE.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().keras1Names("p", RATE.name()))
            .build();

    private final double rate;
    private final List<Object> noiseShape;
    private final SplittableRandom ownSeeds;

    public Dropout(Config config) {
        super(TYPE, config);
        this.rate = get(RATE);
        if (!(rate >= 0 && rate < 1)) {
            throw new ConfigException("rate", "rate must be in [0, 1), got " + rate);
        }
        this.noiseShape = get(NOISE_SHAPE);
        Long seed = get(SEED);
        this.ownSeeds = seed == null ? null : new SplittableRandom(seed);
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
}

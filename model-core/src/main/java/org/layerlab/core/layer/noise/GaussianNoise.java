package org.layerlab.core.layer.noise;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code GaussianNoise}: in training adds zero-mean normal noise of deviation {@code stddev}; in inference the identity. */
public final class GaussianNoise extends ElementwiseLayer {
    static final Param<Double> STDDEV = Param.number("stddev").atLeast(0);
    static final Param<Long> SEED = Param.optionalLong("seed");

    public static final LayerType TYPE = LayerType.builder("GaussianNoise", GaussianNoise.class, GaussianNoise::new)
            .group(LayerGroup.NOISE).icon("mdi2w-waveform")
            .params(STDDEV, SEED)
            .summary(c -> "GaussianNoise " + STDDEV.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().keras1Names("sigma", "stddev"))
            .build();

    private final NormalSamples samples;

    public GaussianNoise(Config config) {
        super(TYPE, config);
        samples = new NormalSamples(get(SEED));
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        if (!context.training() || get(STDDEV) == 0) {
            return inputs;
        }
        Ops ops = context.ops();
        return ops.add(inputs, samples.draw(inputs, 0, get(STDDEV), context));
    }
}

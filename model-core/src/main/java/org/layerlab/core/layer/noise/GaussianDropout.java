package org.layerlab.core.layer.noise;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code GaussianDropout}: in training multiplies by normal noise of mean 1 and deviation
 * {@code sqrt(rate / (1 - rate))}; in inference the identity.
 */
public final class GaussianDropout extends ElementwiseLayer {
    static final Param<Double> RATE = Param.number("rate").atLeast(0).below(1);
    static final Param<Long> SEED = Param.optionalLong("seed");

    public static final LayerType TYPE = LayerType.builder("GaussianDropout", GaussianDropout.class,
                    GaussianDropout::new)
            .group(LayerGroup.NOISE).icon("mdi2b-blur")
            .params(RATE, SEED)
            .summary(c -> "GaussianDropout " + RATE.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().keras1Names("p", "rate"))
            .build();

    private final NormalSamples samples;

    public GaussianDropout(Config config) {
        super(TYPE, config);
        samples = new NormalSamples(get(SEED));
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        double rate = get(RATE);
        if (!context.training() || rate == 0) {
            return inputs;
        }
        return context.ops().multiply(inputs, samples.draw(inputs, 1, Math.sqrt(rate / (1 - rate)), context));
    }
}

package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;

/** Keras's {@code RandomUniform(minval=-0.05, maxval=0.05, seed=None)}: uniform in [minval, maxval). */
public final class RandomUniform extends RandomInitializer {
    private final double minval;
    private final double maxval;

    public RandomUniform(double minval, double maxval, Long seed) {
        super(seed);
        this.minval = minval;
        this.maxval = maxval;
    }

    static RandomUniform fromConfig(Config c) {
        return new RandomUniform(c.getDouble("minval", -0.05), c.getDouble("maxval", 0.05), seedOf(c));
    }

    @Override
    void fill(long[] shape, double[] values, RandomGenerator random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Sampling.uniform(random, minval, maxval);
        }
    }

    @Override
    public String className() {
        return "RandomUniform";
    }

    @Override
    void addConfig(Config.Builder config) {
        config.put("minval", minval).put("maxval", maxval);
    }
}

package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;

/** Keras's {@code RandomNormal(mean=0.0, stddev=0.05, seed=None)}. */
public final class RandomNormal extends RandomInitializer {
    private final double mean;
    private final double stddev;

    public RandomNormal(double mean, double stddev, Long seed) {
        super(seed);
        this.mean = mean;
        this.stddev = stddev;
    }

    static RandomNormal fromConfig(Config c) {
        return new RandomNormal(c.getDouble("mean", 0.0), c.getDouble("stddev", 0.05), seedOf(c));
    }

    @Override
    void fill(long[] shape, double[] values, RandomGenerator random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Sampling.normal(random, mean, stddev);
        }
    }

    @Override
    public String className() {
        return "RandomNormal";
    }

    @Override
    void addConfig(Config.Builder config) {
        config.put("mean", mean).put("stddev", stddev);
    }
}

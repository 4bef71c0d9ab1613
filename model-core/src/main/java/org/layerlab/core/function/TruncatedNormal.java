package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;

/**
 * Keras's {@code TruncatedNormal(mean=0.0, stddev=0.05, seed=None)}: normal draws further than two
 * standard deviations from the mean are redrawn, so {@code stddev} is that of the untruncated normal.
 */
public final class TruncatedNormal extends RandomInitializer {
    private final double mean;
    private final double stddev;

    public TruncatedNormal(double mean, double stddev, Long seed) {
        super(seed);
        this.mean = mean;
        this.stddev = stddev;
    }

    static TruncatedNormal fromConfig(Config c) {
        return new TruncatedNormal(c.getDouble("mean", 0.0), c.getDouble("stddev", 0.05), seedOf(c));
    }

    @Override
    void fill(long[] shape, double[] values, RandomGenerator random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Sampling.truncatedNormal(random, mean, stddev);
        }
    }

    @Override
    public String className() {
        return "TruncatedNormal";
    }

    @Override
    void addConfig(Config.Builder config) {
        config.put("mean", mean).put("stddev", stddev);
    }
}

package org.layerlab.core.function;

import java.util.random.RandomGenerator;

/** The three distributions Keras's random initializers draw from. */
final class Sampling {
    /** Draws further than this many standard deviations from the mean are redrawn, as in Keras. */
    static final double TRUNCATION = 2.0;

    private Sampling() {
    }

    /** Uniform in [min, max). */
    static double uniform(RandomGenerator random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    static double normal(RandomGenerator random, double mean, double stddev) {
        return mean + stddev * random.nextGaussian();
    }

    /** Normal, with draws beyond {@link #TRUNCATION} standard deviations redrawn. */
    static double truncatedNormal(RandomGenerator random, double mean, double stddev) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > TRUNCATION);
        return mean + stddev * z;
    }
}

package org.layerlab.core.function;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/**
 * An initializer that draws random numbers, with Keras's optional integer {@code seed}. A seeded
 * initializer restarts its own generator on every call, so every call gives the same values, as an
 * integer seed does in Keras 3; an unseeded one draws from the caller's generator.
 */
abstract class RandomInitializer implements Initializer {
    private final Long seed;

    RandomInitializer(Long seed) {
        this.seed = seed;
    }

    /** The seed, or {@code null} when unseeded. */
    public final Long seed() {
        return seed;
    }

    @Override
    public final double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
        double[] values = new double[WeightShapes.size(shape)];
        RandomGenerator random = seed != null ? new SplittableRandom(seed)
                : Objects.requireNonNull(rng, () -> className() + " is unseeded and needs a random generator");
        fill(shape, values, random);
        return values;
    }

    /** Fills {@code values} (row-major, already sized for {@code shape}) from {@code random}. */
    abstract void fill(long[] shape, double[] values, RandomGenerator random);

    /** Keras 3 puts {@code seed} first ({@code {**base_config, **config}}); subclasses add their own keys. */
    @Override
    public final Config config() {
        Config.Builder b = Config.builder().put("seed", seed);
        addConfig(b);
        return b.build();
    }

    abstract void addConfig(Config.Builder config);

    /** The seed of a config: {@code null} or an integer. */
    static Long seedOf(Config config) {
        return config.getOptionalLong("seed");
    }
}

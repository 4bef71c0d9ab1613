package org.layerlab.core.function;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * Keras's {@code VarianceScaling(scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None)}
 * and its presets Glorot, He and Lecun. With n the fan chosen by {@code mode} (at least 1), draws have
 * variance scale/n: truncated normal with stddev sqrt(scale/n)/0.8796..., plain normal with stddev
 * sqrt(scale/n), or uniform in [-sqrt(3 scale/n), sqrt(3 scale/n)).
 */
public final class VarianceScaling extends RandomInitializer {
    /** The stddev of a unit normal truncated to ±2 (Keras's constant); dividing by it restores the variance. */
    private static final double TRUNCATED_STDDEV = 0.87962566103423978;

    /** Which fan n is. */
    public enum Mode {
        FAN_IN, FAN_OUT, FAN_AVG;

        public String kerasName() {
            return name().toLowerCase(Locale.ROOT);
        }

        double fan(Fans fans) {
            double n = switch (this) {
                case FAN_IN -> fans.in();
                case FAN_OUT -> fans.out();
                case FAN_AVG -> (fans.in() + fans.out()) / 2.0;
            };
            return Math.max(1.0, n);
        }
    }

    /** What the draws follow. */
    public enum Distribution {
        TRUNCATED_NORMAL, UNTRUNCATED_NORMAL, UNIFORM;

        public String kerasName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String className;
    private final double scale;
    private final Mode mode;
    private final Distribution distribution;

    public VarianceScaling(double scale, Mode mode, Distribution distribution, Long seed) {
        this("VarianceScaling", scale, mode, distribution, seed);
    }

    private VarianceScaling(String className, double scale, Mode mode, Distribution distribution, Long seed) {
        super(seed);
        if (!(scale > 0)) {
            throw new ConfigException("scale", "VarianceScaling needs a positive scale, got " + scale);
        }
        this.className = className;
        this.scale = scale;
        this.mode = mode;
        this.distribution = distribution;
    }

    /** Uniform, limit sqrt(6/(fan_in+fan_out)). */
    public static VarianceScaling glorotUniform(Long seed) {
        return new VarianceScaling("GlorotUniform", 1, Mode.FAN_AVG, Distribution.UNIFORM, seed);
    }

    /** Truncated normal, variance 2/(fan_in+fan_out). */
    public static VarianceScaling glorotNormal(Long seed) {
        return new VarianceScaling("GlorotNormal", 1, Mode.FAN_AVG, Distribution.TRUNCATED_NORMAL, seed);
    }

    /** Truncated normal, variance 2/fan_in. */
    public static VarianceScaling heNormal(Long seed) {
        return new VarianceScaling("HeNormal", 2, Mode.FAN_IN, Distribution.TRUNCATED_NORMAL, seed);
    }

    /** Uniform, limit sqrt(6/fan_in). */
    public static VarianceScaling heUniform(Long seed) {
        return new VarianceScaling("HeUniform", 2, Mode.FAN_IN, Distribution.UNIFORM, seed);
    }

    /** Truncated normal, variance 1/fan_in. */
    public static VarianceScaling lecunNormal(Long seed) {
        return new VarianceScaling("LecunNormal", 1, Mode.FAN_IN, Distribution.TRUNCATED_NORMAL, seed);
    }

    /** Uniform, limit sqrt(3/fan_in). */
    public static VarianceScaling lecunUniform(Long seed) {
        return new VarianceScaling("LecunUniform", 1, Mode.FAN_IN, Distribution.UNIFORM, seed);
    }

    static VarianceScaling fromConfig(Config c) {
        requireNoAxes(c);
        return new VarianceScaling(c.getDouble("scale", 1.0), parseMode(c.getString("mode", "fan_in")),
                parseDistribution(c.getString("distribution", "truncated_normal")), seedOf(c));
    }

    /** The seed of a preset's config ({@code {seed}}). */
    static Long presetSeed(Config c) {
        requireNoAxes(c);
        return seedOf(c);
    }

    /**
     * Keras 3.15+ adds {@code input_axes}/{@code output_axes} (null by default) to this family's config.
     * They are accepted when null and never written, because older Keras versions reject the keys.
     */
    private static void requireNoAxes(Config c) {
        for (String key : new String[] {"input_axes", "output_axes"}) {
            if (c.get(key) != null) {
                throw new ConfigException(key, "field \"" + key + "\" is only supported when null, got " + c.get(key));
            }
        }
    }

    private static Mode parseMode(String s) {
        for (Mode m : Mode.values()) {
            if (m.kerasName().equals(s)) {
                return m;
            }
        }
        throw new ConfigException("mode", "VarianceScaling mode must be one of fan_in, fan_out, fan_avg; got \""
                + s + "\"");
    }

    private static Distribution parseDistribution(String s) {
        String d = s.toLowerCase(Locale.ROOT);
        // Keras 1/2 called the truncated normal "normal"; Keras 2 and 3 still read it that way.
        if (d.equals("normal")) {
            return Distribution.TRUNCATED_NORMAL;
        }
        for (Distribution x : Distribution.values()) {
            if (x.kerasName().equals(d)) {
                return x;
            }
        }
        throw new ConfigException("distribution", "VarianceScaling distribution must be one of truncated_normal, "
                + "untruncated_normal, uniform; got \"" + s + "\"");
    }

    public double scale() {
        return scale;
    }

    public Mode mode() {
        return mode;
    }

    public Distribution distribution() {
        return distribution;
    }

    @Override
    void fill(long[] shape, double[] values, RandomGenerator random) {
        double variance = scale / mode.fan(Fans.of(shape));
        switch (distribution) {
            case TRUNCATED_NORMAL -> {
                double stddev = Math.sqrt(variance) / TRUNCATED_STDDEV;
                for (int i = 0; i < values.length; i++) {
                    values[i] = Sampling.truncatedNormal(random, 0, stddev);
                }
            }
            case UNTRUNCATED_NORMAL -> {
                double stddev = Math.sqrt(variance);
                for (int i = 0; i < values.length; i++) {
                    values[i] = Sampling.normal(random, 0, stddev);
                }
            }
            case UNIFORM -> {
                double limit = Math.sqrt(3 * variance);
                for (int i = 0; i < values.length; i++) {
                    values[i] = Sampling.uniform(random, -limit, limit);
                }
            }
        }
    }

    @Override
    public String className() {
        return className;
    }

    @Override
    void addConfig(Config.Builder config) {
        if (className.equals("VarianceScaling")) {
            config.put("scale", scale).put("mode", mode.kerasName()).put("distribution", distribution.kerasName());
        }
    }
}

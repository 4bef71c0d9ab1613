package org.layerlab.core.function;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.layerlab.core.layer.Config;
import org.layerlab.core.shape.DType;

/** Initializers from and to Keras's serialised forms. */
public final class Initializers {
    private static final Map<String, Function<Config, Initializer>> BY_CLASS = new LinkedHashMap<>();

    static {
        BY_CLASS.put("Zeros", c -> constant("Zeros", 0));
        BY_CLASS.put("Ones", c -> constant("Ones", 1));
        BY_CLASS.put("GlorotUniform", c -> glorotUniform(c.getOptionalLong("seed")));
    }

    private Initializers() {
    }

    /** From a name ({@code "glorot_uniform"} or {@code "GlorotUniform"}) or a {@code {class_name, config}} object. */
    public static Initializer deserialize(Object spec) {
        String className;
        Config config;
        if (spec instanceof String s) {
            className = toClassName(s);
            config = Config.empty();
        } else if (spec instanceof Config c) {
            className = c.getString("class_name", "");
            Config inner = c.getConfig("config");
            config = inner == null ? Config.empty() : inner;
        } else {
            throw new UnknownFunctionException("initializer", String.valueOf(spec), BY_CLASS.keySet());
        }
        Function<Config, Initializer> f = BY_CLASS.get(className);
        if (f == null) {
            throw new UnknownFunctionException("initializer", className, BY_CLASS.keySet());
        }
        return f.apply(config);
    }

    private static String toClassName(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}. */
    public static Config serialize(Initializer initializer) {
        return Config.builder().put("class_name", initializer.className()).put("config", initializer.config()).build();
    }

    private static Initializer constant(String className, double value) {
        return new Initializer() {
            @Override
            public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
                double[] v = new double[(int) product(shape)];
                java.util.Arrays.fill(v, value);
                return v;
            }

            @Override
            public String className() {
                return className;
            }

            @Override
            public Config config() {
                return Config.empty();
            }
        };
    }

    private static Initializer glorotUniform(Long seed) {
        return new Initializer() {
            @Override
            public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
                long fanIn = shape.length == 1 ? shape[0] : shape[0];
                long fanOut = shape.length == 1 ? shape[0] : shape[1];
                double limit = Math.sqrt(6.0 / (fanIn + fanOut));
                RandomGenerator r = seed == null ? rng : new java.util.SplittableRandom(seed);
                double[] v = new double[(int) product(shape)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (r.nextDouble() * 2 - 1) * limit;
                }
                return v;
            }

            @Override
            public String className() {
                return "GlorotUniform";
            }

            @Override
            public Config config() {
                return Config.builder().put("seed", seed).build();
            }
        };
    }

    static long product(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}

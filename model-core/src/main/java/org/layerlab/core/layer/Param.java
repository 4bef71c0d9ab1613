package org.layerlab.core.layer;

import java.util.List;
import java.util.function.Function;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.ActivationFunction;
import org.layerlab.core.function.Activations;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Constraints;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.function.Regularizers;
import org.layerlab.core.shape.Shape;

/**
 * A layer parameter named once: its {@link ParamSpec} (what the inspector, validation and files see)
 * together with how its config value becomes the typed value the layer computes with, and back. A
 * layer lists its params in its {@link LayerType}, reads them with {@link Layer#get(Param)}, and its
 * config is derived from them. Function-valued params (initializers, regularizers, constraints) keep
 * their whole {@code {class_name, config}}, so settings such as L1L2's factors survive every round trip.
 *
 * @param <T> the type the layer reads
 */
public final class Param<T> {
    private final ParamSpec spec;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private Param(ParamSpec spec, Function<Object, T> read, Function<T, Object> write) {
        this.spec = spec;
        this.read = read;
        this.write = write;
    }

    /** A param from a bare description; the layer reads the config value as it is. */
    public static Param<Object> of(ParamSpec spec) {
        return new Param<>(spec, v -> v, v -> v);
    }

    /** A required integer. */
    public static Param<Long> integer(String name) {
        return new Param<>(ParamSpec.required(name, ParamKind.INTEGER), v -> asLong(name, v), v -> v);
    }

    /** An integer with a default. */
    public static Param<Long> integer(String name, long defaultValue) {
        return new Param<>(ParamSpec.of(name, ParamKind.INTEGER, defaultValue), v -> asLong(name, v), v -> v);
    }

    /** An optional long integer (a seed, say); {@code null} by default. */
    public static Param<Long> optionalLong(String name) {
        return new Param<>(ParamSpec.of(name, ParamKind.INTEGER, null), v -> asLong(name, v), v -> v);
    }

    /** A required number. */
    public static Param<Double> number(String name) {
        return new Param<>(ParamSpec.required(name, ParamKind.FLOAT), v -> asConfig(name, v).getDouble(name, 0),
                v -> v);
    }

    /** A number with a default. */
    public static Param<Double> number(String name, double defaultValue) {
        return new Param<>(ParamSpec.of(name, ParamKind.FLOAT, defaultValue),
                v -> asConfig(name, v).getDouble(name, 0), v -> v);
    }

    public static Param<Boolean> bool(String name, boolean defaultValue) {
        return new Param<>(ParamSpec.of(name, ParamKind.BOOLEAN, defaultValue),
                v -> asConfig(name, v).getBoolean(name, defaultValue), v -> v);
    }

    /** One of fixed strings. */
    public static Param<String> choice(String name, String defaultValue, List<String> choices) {
        return new Param<>(ParamSpec.choice(name, defaultValue, choices), v -> asConfig(name, v).getString(name, null),
                v -> v);
    }

    /** A required shape, batch dimension first, {@code null} for unknown sizes. */
    public static Param<Shape> shape(String name) {
        return new Param<>(ParamSpec.required(name, ParamKind.SHAPE),
                v -> Shape.fromList(asConfig(name, v).getList(name).stream().map(d -> (Number) d).toList()),
                Shape::toList);
    }

    /** An optional list of integers or nulls (a noise shape, say); {@code null} by default. */
    public static Param<List<Object>> integerList(String name) {
        return new Param<>(ParamSpec.of(name, ParamKind.INTEGER_LIST, null), v -> asConfig(name, v).getList(name),
                v -> v);
    }

    /** A required activation. */
    public static Param<ActivationFunction> activation(String name) {
        return new Param<>(ParamSpec.required(name, ParamKind.ACTIVATION),
                v -> Activations.get(asConfig(name, v).getString(name, null)), ActivationFunction::name);
    }

    /** An activation with a default, for example {@code linear}. */
    public static Param<ActivationFunction> activation(String name, String defaultValue) {
        return new Param<>(ParamSpec.of(name, ParamKind.ACTIVATION, defaultValue),
                v -> Activations.get(asConfig(name, v).getString(name, null)), ActivationFunction::name);
    }

    /** An initializer starting as {@code className} with its default settings (seed {@code null} when seeded). */
    public static Param<Initializer> initializer(String name, String className) {
        Config defaults = Initializers.serialize(Initializers.deserialize(className));
        return new Param<>(ParamSpec.of(name, ParamKind.INITIALIZER, defaults), Initializers::deserialize,
                Initializers::serialize);
    }

    /** An optional regularizer; none by default. */
    public static Param<Regularizer> regularizer(String name) {
        return new Param<>(ParamSpec.of(name, ParamKind.REGULARIZER, null), Regularizers::deserialize,
                Regularizers::serialize);
    }

    /** An optional constraint; none by default. */
    public static Param<Constraint> constraint(String name) {
        return new Param<>(ParamSpec.of(name, ParamKind.CONSTRAINT, null), Constraints::deserialize,
                Constraints::serialize);
    }

    /** The same param with an inclusive lower bound. */
    public Param<T> atLeast(double bound) {
        return new Param<>(spec.atLeast(bound), read, write);
    }

    /** The same param with an exclusive upper bound. */
    public Param<T> below(double bound) {
        return new Param<>(spec.below(bound), read, write);
    }

    /** The same param with an inclusive upper bound. */
    public Param<T> atMost(double bound) {
        return new Param<>(spec.atMost(bound), read, write);
    }

    public ParamSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /**
     * The typed value in a config, its default when the config lacks it: for a weight declaration or a
     * summary that works from a config rather than a layer.
     */
    public T from(Config config) {
        T value = read(config.has(spec.name()) ? config.get(spec.name()) : spec.defaultValue());
        if (value == null && spec.required()) {
            throw new ConfigException(spec.name(), spec.name() + " is required");
        }
        return value;
    }

    /** The typed value of a config value; {@code null} stays {@code null}. */
    T read(Object configValue) {
        return configValue == null ? null : read.apply(configValue);
    }

    /** The config value of a typed value; {@code null} stays {@code null}. */
    Object write(Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed == null ? null : write.apply(typed);
    }

    private static Config asConfig(String name, Object value) {
        return Config.builder().put(name, value).build();
    }

    private static long asLong(String name, Object value) {
        return asConfig(name, value).getLong(name, 0);
    }

    @Override
    public String toString() {
        return "Param[" + spec.name() + "]";
    }
}

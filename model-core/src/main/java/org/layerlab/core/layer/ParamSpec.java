package org.layerlab.core.layer;

import java.util.List;
import java.util.Optional;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.Activations;
import org.layerlab.core.function.Constraints;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizers;
import org.layerlab.core.reason.Reason;

/**
 * The description of one layer parameter: name, kind, default, allowed range or choices. The inspector
 * form, config validation and JSON all come from this one description; its help texts are in the layer
 * type's resource bundle ({@link LayerType#paramHelp}).
 *
 * @param defaultValue the value used when the config lacks the field ({@code null} is a legal default
 *     for nullable fields); ignored when {@code required}
 */
public record ParamSpec(String name, ParamKind kind, Object defaultValue, boolean required, boolean nullable,
        Double min, boolean minInclusive, Double max, boolean maxInclusive, List<String> choices) {

    public ParamSpec {
        defaultValue = Config.normalize(defaultValue);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An optional parameter with a default. */
    public static ParamSpec of(String name, ParamKind kind, Object defaultValue) {
        return new ParamSpec(name, kind, defaultValue, false, defaultValue == null, null, true, null, true, null);
    }

    /** A parameter the config must give. */
    public static ParamSpec required(String name, ParamKind kind) {
        return new ParamSpec(name, kind, null, true, false, null, true, null, true, null);
    }

    /** One of fixed choices. */
    public static ParamSpec choice(String name, String defaultValue, List<String> choices) {
        return new ParamSpec(name, ParamKind.CHOICE, defaultValue, false, false, null, true, null, true, choices);
    }

    /** The same parameter with an inclusive lower bound. */
    public ParamSpec atLeast(double bound) {
        return new ParamSpec(name, kind, defaultValue, required, nullable, bound, true, max, maxInclusive, choices);
    }

    /** The same parameter with an exclusive upper bound. */
    public ParamSpec below(double bound) {
        return new ParamSpec(name, kind, defaultValue, required, nullable, min, minInclusive, bound, false, choices);
    }

    /** The same parameter with an inclusive upper bound. */
    public ParamSpec atMost(double bound) {
        return new ParamSpec(name, kind, defaultValue, required, nullable, min, minInclusive, bound, true, choices);
    }

    /** The same parameter, accepting {@code null}. */
    public ParamSpec orNull() {
        return new ParamSpec(name, kind, defaultValue, required, true, min, minInclusive, max, maxInclusive, choices);
    }

    /**
     * For an activation, initializer, regularizer or constraint parameter: the names it can take, for a
     * menu; empty for other kinds.
     */
    public List<String> functionChoices() {
        return switch (kind) {
            case ACTIVATION -> List.copyOf(Activations.names());
            case INITIALIZER -> Initializers.names();
            case REGULARIZER -> Regularizers.names();
            case CONSTRAINT -> Constraints.names();
            default -> List.of();
        };
    }

    /**
     * For an initializer, regularizer or constraint parameter: the {@code {class_name, config}} of one of
     * its {@link #functionChoices()} with every setting at its default (L1L2's {@code l1} and {@code l2},
     * say), so an inspector can show the settings and a value keeps them through every file.
     *
     * @throws ConfigException for a name the kind does not know, or a parameter of another kind
     */
    public Config functionDefaults(String choice) {
        return switch (kind) {
            case INITIALIZER -> Initializers.serialize(Initializers.deserialize(choice));
            case REGULARIZER -> Regularizers.serialize(Regularizers.deserialize(choice));
            case CONSTRAINT -> Constraints.serialize(Constraints.deserialize(choice));
            default -> throw new ConfigException(name, name + " is not an initializer, regularizer or constraint");
        };
    }

    /**
     * Checks a value's type, range and choices, and that a function-valued parameter names a known
     * activation, initializer, regularizer or constraint; empty when it is acceptable.
     */
    public Optional<Reason> problemWith(Object rawValue) {
        Object value = Config.normalize(rawValue);
        if (value == null) {
            return nullable || !required ? Optional.empty() : problem("param.required");
        }
        switch (kind) {
            case INTEGER -> {
                if (!(value instanceof Long) && !(value instanceof Double d && d == Math.rint(d))) {
                    return problem("param.integer", show(value));
                }
                return rangeProblem(((Number) value).doubleValue());
            }
            case FLOAT -> {
                if (!(value instanceof Number n)) {
                    return problem("param.number", show(value));
                }
                return rangeProblem(n.doubleValue());
            }
            case BOOLEAN -> {
                return value instanceof Boolean ? Optional.empty()
                        : problem("param.boolean", show(value));
            }
            case STRING, DTYPE -> {
                return value instanceof String ? Optional.empty()
                        : problem("param.string", show(value));
            }
            case CHOICE -> {
                return choices.contains(value) ? Optional.empty()
                        : problem("param.choice", choices, show(value));
            }
            case SHAPE, INTEGER_LIST -> {
                if (!(value instanceof List<?> list)) {
                    return problem("param.integerList", show(value));
                }
                // Sizes are positive; a list whose spec sets a lower bound (Reshape's target with its -1) takes that.
                double lowest = kind == ParamKind.INTEGER_LIST && min != null ? min : 1;
                for (Object x : list) {
                    if (x != null && !(x instanceof Long l && l >= lowest)) {
                        return lowest == 1 ? problem("param.positiveIntegers", show(value))
                                : problem("param.integersFrom", fmt(lowest), show(value));
                    }
                }
                return Optional.empty();
            }
            case ACTIVATION -> {
                return value instanceof String s ? functionProblem(() -> Activations.get(s))
                        : problem("param.activation", show(value));
            }
            case INITIALIZER -> {
                return functionProblem(() -> Initializers.deserialize(value));
            }
            case REGULARIZER -> {
                return functionProblem(() -> Regularizers.deserialize(value));
            }
            case CONSTRAINT -> {
                return functionProblem(() -> Constraints.deserialize(value));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<Reason> functionProblem(Runnable resolve) {
        try {
            resolve.run();
            return Optional.empty();
        } catch (ConfigException e) {
            return problem("param.function", e.reason());
        }
    }

    private Optional<Reason> rangeProblem(double v) {
        if (Double.isNaN(v)) {
            return problem("param.number", "NaN");
        }
        boolean lowOk = min == null || (minInclusive ? v >= min : v > min);
        boolean highOk = max == null || (maxInclusive ? v <= max : v < max);
        if (lowOk && highOk) {
            return Optional.empty();
        }
        String range = (min == null ? "(-inf" : (minInclusive ? "[" : "(") + fmt(min)) + ", "
                + (max == null ? "inf)" : fmt(max) + (maxInclusive ? "]" : ")"));
        return problem("param.range", range, fmt(v));
    }

    /** What is wrong with this parameter's value: the parameter's name comes first in every such reason. */
    private Optional<Reason> problem(String key, Object... found) {
        Object[] args = new Object[found.length + 1];
        args[0] = name;
        System.arraycopy(found, 0, args, 1, found.length);
        return Optional.of(Reason.of(key, args));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String show(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}

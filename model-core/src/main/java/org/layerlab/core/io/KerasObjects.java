package org.layerlab.core.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/**
 * Normalises the nested objects of a layer config. Initializers, regularizers and constraints become
 * {@code {class_name, config}} whatever form they had: a name ({@code "glorot_uniform"}), a Keras 3
 * object with {@code module}/{@code registered_name}, a Keras 1 object ({@code {"name": "L1L2Regularizer",
 * ...}}). Activations become their name; dtypes and Keras 3 {@code DTypePolicy} objects a dtype name
 * (mixed policies give their variable dtype). Serialised Python code is refused.
 */
final class KerasObjects {
    /** The three kinds of function object a layer config holds. */
    enum Kind {
        INITIALIZER("initializer", "keras.initializers"),
        REGULARIZER("regularizer", "keras.regularizers"),
        CONSTRAINT("constraint", "keras.constraints");

        final String label;
        final String module;

        Kind(String label, String module) {
            this.label = label;
            this.module = module;
        }
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("normal", "RandomNormal"), Map.entry("uniform", "RandomUniform"),
            Map.entry("one", "Ones"), Map.entry("zero", "Zeros"),
            Map.entry("OrthogonalInitializer", "Orthogonal"), Map.entry("IdentityInitializer", "Identity"),
            Map.entry("l1l2", "L1L2"), Map.entry("maxnorm", "MaxNorm"), Map.entry("nonneg", "NonNeg"),
            Map.entry("unitnorm", "UnitNorm"),
            Map.entry("L1L2Regularizer", "L1L2"), Map.entry("ActivityRegularizer", "L1L2"));

    private static final String CODE = "carries Python code, never run";

    /** A function name such as {@code glorot_uniform}, written in CamelCase as its class name. */
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    private KerasObjects() {
    }

    /**
     * Whether a function is Keras 1's {@code "<lambda>"}: the name of a Python lambda without its code
     * (an object that carries the code stays refused).
     */
    static boolean isNamedLambda(Object value) {
        return "<lambda>".equals(value);
    }

    /** A function object as {@code {class_name, config}}, or {@code null}. */
    static Config function(Where w, String field, Object value, Kind kind) throws ModelFormatException {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return named(className(w, field, s, kind), Config.empty());
        }
        if (!(value instanceof Config c)) {
            throw w.invalid(field, "must be the name or the {class_name, config} of a " + kind.label + ", got "
                    + MessageText.shorten(String.valueOf(value)));
        }
        if (!c.has("class_name") && c.get("name") instanceof String keras1Name) {
            return keras1(w, field, keras1Name, c, kind);
        }
        if (!(c.get("class_name") instanceof String cls)) {
            throw w.invalid(field, "a " + kind.label + " object needs a class_name");
        }
        String chosen = c.get("registered_name") instanceof String reg && reg.contains(">") ? reg : cls;
        Object inner = c.get("config");
        if (inner != null && !(inner instanceof Config)) {
            throw w.invalid(field, "the config of a " + kind.label + " must be an object");
        }
        Config config = inner == null ? Config.empty() : (Config) inner;
        if (kind == Kind.INITIALIZER) {
            config = config.without("dtype");
            for (String axes : new String[] {"input_axes", "output_axes"}) {
                if (config.has(axes) && config.get(axes) == null) {
                    config = config.without(axes);
                }
            }
        }
        return named(className(w, field, chosen, kind), config);
    }

    /** Keras 1 wrote regularizers and constraints as {@code {"name": ..., <fields>}}. */
    private static Config keras1(Where w, String field, String name, Config c, Kind kind) throws ModelFormatException {
        Config config = c.without("name");
        if (name.equals("MaxNorm") && config.has("m")) {
            config = config.without("m").with("max_value", c.get("m"));
        }
        return named(className(w, field, name, kind), config);
    }

    private static String className(Where w, String field, String written, Kind kind) throws ModelFormatException {
        if (written.equals("__lambda__") || written.equals("<lambda>") || written.equals("function")) {
            throw w.unsafe(field, "the " + kind.label + " " + MessageText.quote(written)
                    + " is a Python function and " + CODE);
        }
        if (!LayerClassCheck.isClassName(written)) {
            throw w.unsafe(field, MessageText.quote(written) + " is not a Keras " + kind.label + " name");
        }
        String alias = ALIASES.get(written);
        if (alias != null) {
            return alias;
        }
        if (!SNAKE_CASE.matcher(written).matches()) {
            return written;
        }
        StringBuilder camel = new StringBuilder();
        for (String part : written.split("_")) {
            if (!part.isEmpty()) {
                camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return camel.toString();
    }

    private static Config named(String className, Config config) {
        return Config.builder().put("class_name", className).put("config", config).build();
    }

    /** An activation's name; {@code null} is {@code linear}, as in Keras. */
    static String activation(Where w, String field, Object value) throws ModelFormatException {
        if (value == null) {
            return "linear";
        }
        if (value instanceof String s) {
            if (s.equals("<lambda>") || !s.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                throw w.unsafe(field, MessageText.quote(s) + " is not the name of a built-in activation");
            }
            return s;
        }
        if (value instanceof Config c) {
            if ("__lambda__".equals(c.get("class_name"))) {
                throw w.unsafe(field, "the activation is a Python lambda and " + CODE);
            }
            boolean kerasFunction = "function".equals(c.get("class_name")) && c.get("config") instanceof String
                    && c.get("module") instanceof String m && (m.equals("keras") || m.startsWith("keras."));
            if (kerasFunction) {
                return activation(w, field, c.get("config"));
            }
            throw w.unsafe(field, "the activation is a custom Python function and " + CODE);
        }
        throw w.invalid(field, "must be the name of an activation, got " + MessageText.shorten(String.valueOf(value)));
    }

    /** A dtype name, or {@code null} when the file leaves it to the default. */
    static String dtype(Where w, String field, Object value) throws ModelFormatException {
        if (value == null) {
            return null;
        }
        String name;
        if (value instanceof String s) {
            name = s;
        } else if (value instanceof Config c && c.get("config") instanceof Config inner
                && inner.get("name") instanceof String policy) {
            if (!(c.get("class_name") instanceof String cls) || !(cls.equals("DTypePolicy")
                    || cls.equals("FloatDTypePolicy") || cls.equals("Policy"))) {
                throw w.invalid(field, "the dtype policy " + MessageText.quote(String.valueOf(c.get("class_name")))
                        + " is not supported (quantized policies cannot be imported)");
            }
            name = switch (policy) {
                case "mixed_float16", "mixed_bfloat16" -> "float32";
                case "_infer" -> null;
                default -> policy;
            };
            if (name == null) {
                return null;
            }
        } else {
            throw w.invalid(field, "must be a dtype name or a DTypePolicy, got "
                    + MessageText.shorten(String.valueOf(value)));
        }
        try {
            return DType.parse(name).kerasName();
        } catch (IllegalArgumentException e) {
            throw w.invalid(field, "unknown dtype " + MessageText.quote(name));
        }
    }
}

package org.layerlab.core.train;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.data.Target;
import org.layerlab.core.function.UnknownFunctionException;

/** Losses from and to Keras's serialised forms: a function name or {@code {class_name, config}}. */
public final class Losses {
    /** Keras's backend epsilon, used to clip probabilities. */
    static final double EPSILON = 1e-7;
    static final String REDUCTION = "sum_over_batch_size";

    private static final Map<String, String> CLASS_BY_NAME = Map.of(
            "mean_squared_error", "MeanSquaredError", "mse", "MeanSquaredError",
            "mean_absolute_error", "MeanAbsoluteError", "mae", "MeanAbsoluteError",
            "binary_crossentropy", "BinaryCrossentropy",
            "categorical_crossentropy", "CategoricalCrossentropy",
            "sparse_categorical_crossentropy", "SparseCategoricalCrossentropy");
    private static final List<String> NAMES = List.of("mean_squared_error", "mean_absolute_error",
            "binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy");
    private static final Set<String> KEYS = Set.of("name", "reduction", "dtype", "from_logits", "label_smoothing",
            "axis", "ignore_class");

    private Losses() {
    }

    /** The Keras function names of the supported losses. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The loss Keras users pick for a target, for models that come without training settings:
     * categorical cross-entropy for several classes (or two classes scored by several outputs), binary
     * cross-entropy for two classes and one output, mean squared error for a value.
     */
    public static String suggestedFor(Target target, long outputWidth) {
        return switch (target.kind()) {
            case MULTICLASS -> "categorical_crossentropy";
            case BINARY -> outputWidth == 1 ? "binary_crossentropy" : "categorical_crossentropy";
            case REGRESSION -> "mean_squared_error";
        };
    }

    /** From a name ({@code "mse"}, {@code "binary_crossentropy"}, {@code "BinaryCrossentropy"}) or a {@code {class_name, config}} object. */
    public static Loss deserialize(Object spec) {
        if (spec instanceof String s) {
            return create(s, Config.empty());
        }
        if (spec instanceof Config c) {
            Config inner = c.getConfig("config");
            return createByClass(c.getString("class_name", ""), inner == null ? Config.empty() : inner);
        }
        throw new UnknownFunctionException("loss", String.valueOf(spec), NAMES);
    }

    /**
     * A loss from its Keras function or class name ({@code "categorical_crossentropy"} or
     * {@code "CategoricalCrossentropy"}) and its settings ({@code from_logits}, {@code label_smoothing}).
     */
    public static Loss create(String name, Config settings) {
        return createByClass(CLASS_BY_NAME.getOrDefault(name, name), settings);
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}. */
    public static Config serialize(Loss loss) {
        return Config.builder().put("class_name", loss.className()).put("config", loss.config()).build();
    }

    private static Loss createByClass(String className, Config config) {
        for (String key : config.keys()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(key, "loss " + className + " has no setting \"" + key + "\"");
            }
        }
        String reduction = config.getString("reduction", REDUCTION);
        if (!reduction.equals(REDUCTION) && !reduction.equals("auto")) {
            throw new ConfigException("reduction", "loss " + className + ": only the reduction \"" + REDUCTION
                    + "\" (the mean over the batch) is supported, got \"" + reduction + "\"");
        }
        if (config.getLong("axis", -1) != -1) {
            throw new ConfigException("axis", "loss " + className + ": only axis -1 is supported");
        }
        if (config.get("ignore_class") != null) {
            throw new ConfigException("ignore_class", "loss " + className + ": ignore_class is not supported");
        }
        boolean fromLogits = config.getBoolean("from_logits", false);
        double smoothing = config.getDouble("label_smoothing", 0);
        return switch (className) {
            case "MeanSquaredError" -> new MeanSquaredError();
            case "MeanAbsoluteError" -> new MeanAbsoluteError();
            case "BinaryCrossentropy" -> new BinaryCrossentropy(fromLogits, smoothing);
            case "CategoricalCrossentropy" -> new CategoricalCrossentropy(fromLogits, smoothing);
            case "SparseCategoricalCrossentropy" -> new SparseCategoricalCrossentropy(fromLogits);
            default -> throw new UnknownFunctionException("loss", className, NAMES);
        };
    }

    static double checkSmoothing(double labelSmoothing) {
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new ConfigException("label_smoothing", "label_smoothing must be in [0, 1], got " + labelSmoothing);
        }
        return labelSmoothing;
    }
}

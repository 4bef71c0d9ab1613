package org.layerlab.core.function;

import java.util.List;
import org.layerlab.core.config.Config;

/**
 * Constraints from and to Keras's serialised forms: class names, their snake_case forms, and Keras 2's
 * aliases {@code maxnorm}, {@code nonneg}, {@code unitnorm}.
 */
public final class Constraints {
    private static final FunctionTable<Constraint> TABLE = FunctionTable.<Constraint>builder("constraint")
            .add("MaxNorm", List.of("max_value", "axis"), MaxNorm::fromConfig)
            .add("NonNeg", List.of(), c -> new NonNeg())
            .add("UnitNorm", List.of("axis"), UnitNorm::fromConfig)
            .add("MinMaxNorm", List.of("min_value", "max_value", "rate", "axis"), MinMaxNorm::fromConfig)
            .alias("maxnorm", "MaxNorm")
            .alias("nonneg", "NonNeg")
            .alias("unitnorm", "UnitNorm")
            .build();

    private Constraints() {
    }

    /**
     * From a name or a {@code {class_name, config}} object (Keras 2 or 3); {@code null} stays {@code null}.
     *
     * @throws UnknownFunctionException for a name Keras does not know
     */
    public static Constraint deserialize(Object spec) {
        return spec == null ? null : TABLE.deserialize(spec);
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}; {@code null} stays {@code null}. */
    public static Config serialize(Constraint f) {
        return f == null ? null : FunctionTable.serialize(f);
    }

    /** The snake_case identifiers, for menus. */
    public static List<String> names() {
        return TABLE.names();
    }
}

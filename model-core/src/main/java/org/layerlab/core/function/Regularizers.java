package org.layerlab.core.function;

import java.util.List;
import org.layerlab.core.config.Config;

/**
 * Regularizers from and to Keras's serialised forms. Keras 3 writes {@code L1}, {@code L2} and
 * {@code L1L2}; early Keras 2 wrote {@code L1L2} for all three, which reads back as {@code L1L2}.
 */
public final class Regularizers {
    private static final FunctionTable<Regularizer> TABLE = FunctionTable.<Regularizer>builder("regularizer")
            .add("L1", List.of("l1"), c -> NormPenalty.l1(c.getDouble("l1", 0.01)))
            .add("L2", List.of("l2"), c -> NormPenalty.l2(c.getDouble("l2", 0.01)))
            .add("L1L2", List.of("l1", "l2"), c -> NormPenalty.l1l2(c.getDouble("l1", 0.0), c.getDouble("l2", 0.0)))
            // Keras 2's shortcut function l1_l2 defaults both factors to 0.01, unlike the L1L2 class (0 and 0);
            // Keras 3 no longer resolves this string, so its only meaning is Keras 2's.
            .alias("l1_l2", "L1L2", c -> NormPenalty.l1l2(c.getDouble("l1", 0.01), c.getDouble("l2", 0.01)))
            .build();

    private Regularizers() {
    }

    /**
     * From {@code "l1"}, {@code "l2"}, {@code "l1l2"}, {@code "l1_l2"}, a class name, or a
     * {@code {class_name, config}} object (Keras 2 or 3); {@code null} stays {@code null}.
     *
     * @throws UnknownFunctionException for a name Keras does not know
     */
    public static Regularizer deserialize(Object spec) {
        return spec == null ? null : TABLE.deserialize(spec);
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}; {@code null} stays {@code null}. */
    public static Config serialize(Regularizer f) {
        return f == null ? null : FunctionTable.serialize(f);
    }

    /** The string identifiers, for menus. */
    public static List<String> names() {
        return TABLE.names();
    }
}

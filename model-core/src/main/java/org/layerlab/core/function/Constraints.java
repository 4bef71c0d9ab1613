package org.layerlab.core.function;

import org.layerlab.core.layer.Config;

/** Constraints from and to Keras's serialised forms. */
public final class Constraints {
    private Constraints() {
    }

    /** From a name or a {@code {class_name, config}} object; {@code null} stays {@code null}. */
    public static Constraint deserialize(Object spec) {
        if (spec == null) {
            return null;
        }
        throw new UnknownFunctionException("constraint", String.valueOf(spec), java.util.List.of());
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}; {@code null} stays {@code null}. */
    public static Config serialize(Constraint f) {
        return f == null ? null : Config.builder().put("class_name", f.className()).put("config", f.config()).build();
    }
}

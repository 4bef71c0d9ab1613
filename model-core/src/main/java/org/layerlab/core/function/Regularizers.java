package org.layerlab.core.function;

import org.layerlab.core.layer.Config;

/** Regularizers from and to Keras's serialised forms. */
public final class Regularizers {
    private Regularizers() {
    }

    /** From a name or a {@code {class_name, config}} object; {@code null} stays {@code null}. */
    public static Regularizer deserialize(Object spec) {
        if (spec == null) {
            return null;
        }
        throw new UnknownFunctionException("regularizer", String.valueOf(spec), java.util.List.of());
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}; {@code null} stays {@code null}. */
    public static Config serialize(Regularizer f) {
        return f == null ? null : Config.builder().put("class_name", f.className()).put("config", f.config()).build();
    }
}

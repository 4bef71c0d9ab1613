package org.layerlab.app.inspector;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.layerlab.core.function.Constraints;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizers;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.ParamKind;

/** Initializers, regularizers and constraints as the inspector offers them: by name, with their settings. */
enum FunctionKind {
    INITIALIZER(Initializers::names, name -> Initializers.serialize(Initializers.deserialize(name))),
    REGULARIZER(Regularizers::names, name -> Regularizers.serialize(Regularizers.deserialize(name))),
    CONSTRAINT(Constraints::names, name -> Constraints.serialize(Constraints.deserialize(name)));

    private final Supplier<List<String>> names;
    private final Function<String, Config> defaults;

    FunctionKind(Supplier<List<String>> names, Function<String, Config> defaults) {
        this.names = names;
        this.defaults = defaults;
    }

    static FunctionKind of(ParamKind kind) {
        return switch (kind) {
            case INITIALIZER -> INITIALIZER;
            case REGULARIZER -> REGULARIZER;
            case CONSTRAINT -> CONSTRAINT;
            default -> throw new IllegalArgumentException(kind + " is not a function kind");
        };
    }

    List<String> names() {
        return names.get();
    }

    /** {@code {class_name, config}} with the function's default settings. */
    Config defaults(String name) {
        return defaults.apply(name);
    }
}

package org.layerlab.core.graph;

import org.layerlab.core.function.Activations;
import org.layerlab.core.function.Constraints;
import org.layerlab.core.function.Initializers;
import org.layerlab.core.function.Regularizers;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * Why a node's config does not make a layer.
 *
 * @param field the field at fault, or {@code null} when it cannot be told
 * @param message the one-line error, naming the layer
 */
public record ConfigProblem(String field, String message) {

    /**
     * The problem a failed {@code LayerRegistry.create} reported. An unknown function name
     * (activation, initializer, ...) is reported without a field, so the field is found by resolving
     * each function-valued parameter of the type on its own.
     */
    static ConfigProblem of(LayerType type, Config config, ConfigException e) {
        String field = e.field() != null ? e.field() : unresolvableFunctionField(type, config);
        return new ConfigProblem(field, e.getMessage());
    }

    private static String unresolvableFunctionField(LayerType type, Config config) {
        for (ParamSpec p : type.params()) {
            if (config.has(p.name()) && !resolves(p, config.get(p.name()))) {
                return p.name();
            }
        }
        return null;
    }

    private static boolean resolves(ParamSpec p, Object value) {
        try {
            switch (p.kind()) {
                case ACTIVATION -> Activations.get(value instanceof String s ? s : null);
                case INITIALIZER -> Initializers.deserialize(value);
                case REGULARIZER -> Regularizers.deserialize(value);
                case CONSTRAINT -> Constraints.deserialize(value);
                default -> {
                    return true;
                }
            }
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}

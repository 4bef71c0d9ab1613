package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Keras 1's field names that are not any one layer's: {@code input_dtype} for {@code dtype}. Each layer
 * type renames its own Keras 1 fields ({@link org.layerlab.core.layer.KerasForm#keras1Names}).
 */
final class Keras1Names {
    private static final String INPUT_DTYPE = "input_dtype";

    private Keras1Names() {
    }

    /** The config with Keras 1's {@code input_dtype} as {@code dtype}; a {@code dtype} already present wins. */
    static Config rename(Config config) {
        Config c = config;
        if (c.has(INPUT_DTYPE)) {
            if (!c.has("dtype")) {
                c = c.with("dtype", c.get(INPUT_DTYPE));
            }
            c = c.without(INPUT_DTYPE);
        }
        return c;
    }

    /** The fields that mark a layer config as Keras 1: {@code input_dtype} and every type's Keras 1 names. */
    static Set<String> markers(LayerRegistry registry) {
        Set<String> fields = new HashSet<>(registry.keras1FieldNames());
        fields.add(INPUT_DTYPE);
        return Set.copyOf(fields);
    }

    static boolean looksLikeKeras1(JsonNode layerConfig, Set<String> markers) {
        for (String key : markers) {
            if (layerConfig.has(key)) {
                return true;
            }
        }
        return false;
    }
}

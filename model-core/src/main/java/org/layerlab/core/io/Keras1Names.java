package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.layerlab.core.layer.Config;

/**
 * Keras 1 field names and their Keras 2 equivalents (Keras 2.0's legacy-interface table): Dense's
 * {@code output_dim}, {@code init}, {@code W_regularizer}, ..., Dropout's {@code p}.
 */
final class Keras1Names {
    private static final Map<String, List<String[]>> RENAMES = Map.of(
            "Dense", List.of(
                    new String[] {"output_dim", "units"},
                    new String[] {"init", "kernel_initializer"},
                    new String[] {"W_regularizer", "kernel_regularizer"},
                    new String[] {"b_regularizer", "bias_regularizer"},
                    new String[] {"W_constraint", "kernel_constraint"},
                    new String[] {"b_constraint", "bias_constraint"},
                    new String[] {"bias", "use_bias"}),
            "Dropout", List.<String[]>of(new String[] {"p", "rate"}));

    private static final List<String> KERAS1_ONLY = List.of("output_dim", "init", "W_regularizer", "b_regularizer",
            "W_constraint", "b_constraint", "input_dtype", "p");

    private Keras1Names() {
    }

    /** The config with Keras 1 names replaced; a Keras 2 name already present wins. */
    static Config rename(String className, Config config) {
        Config c = config;
        for (String[] pair : RENAMES.getOrDefault(className, List.of())) {
            if (c.has(pair[0])) {
                if (!c.has(pair[1])) {
                    c = c.with(pair[1], c.get(pair[0]));
                }
                c = c.without(pair[0]);
            }
        }
        if (c.has("input_dtype")) {
            if (!c.has("dtype")) {
                c = c.with("dtype", c.get("input_dtype"));
            }
            c = c.without("input_dtype");
        }
        return c;
    }

    static boolean looksLikeKeras1(JsonNode layerConfig) {
        for (String key : KERAS1_ONLY) {
            if (layerConfig.has(key)) {
                return true;
            }
        }
        return false;
    }
}

package org.layerlab.core.layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.layerlab.core.config.Config;

/**
 * Builds a valid config for any layer type from its parameter description alone, so the contract
 * test covers every registered layer, a plug-in's as well, without knowing it.
 */
final class SampleConfigs {
    private SampleConfigs() {
    }

    static Config forType(LayerType type, String name) {
        Config c = type.defaultConfig(name);
        for (ParamSpec p : type.params()) {
            if (p.required()) {
                c = c.with(p.name(), sampleValue(p));
            }
        }
        return c;
    }

    private static Object sampleValue(ParamSpec p) {
        return switch (p.kind()) {
            case INTEGER -> (long) Math.max(p.min() == null ? 3 : p.min(), 3);
            case FLOAT -> p.min() != null && p.max() != null ? (p.min() + p.max()) / 2 : 0.5;
            case BOOLEAN -> true;
            case STRING -> "sample";
            case CHOICE -> p.choices().get(0);
            case SHAPE -> Arrays.asList(null, 5L);
            case INTEGER_LIST -> new ArrayList<>(List.of(1L));
            case DTYPE -> "float32";
            case ACTIVATION -> "tanh";
            case INITIALIZER, REGULARIZER, CONSTRAINT ->
                throw new IllegalStateException("no sample for required " + p.kind() + " parameter " + p.name());
        };
    }
}

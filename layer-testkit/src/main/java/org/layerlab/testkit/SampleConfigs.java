package org.layerlab.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * A valid config for any layer type from its parameter description alone, so the kit covers a plug-in's
 * layer without knowing it: every parameter at its default, required ones given a value of their kind.
 */
public final class SampleConfigs {
    private SampleConfigs() {
    }

    public static Config forType(LayerType type, String name) {
        Config c = type.defaultConfig(name);
        for (ParamSpec p : type.params()) {
            if (p.required()) {
                c = c.with(p.name(), sampleValue(type, p));
            }
        }
        return c;
    }

    private static Object sampleValue(LayerType type, ParamSpec p) {
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
            case INITIALIZER, REGULARIZER, CONSTRAINT -> throw new IllegalArgumentException("no sample for the required "
                    + p.kind() + " parameter " + type.className() + "." + p.name() + "; give the kit a config");
        };
    }
}

package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * The config a layer dropped on the canvas starts with: the type's defaults, and for a parameter Keras
 * makes the user give (Dense's {@code units}, an input's shape) a common starting value, so a new layer
 * works at once and the inspector shows what to change.
 */
final class NewLayerConfig {
    static final long UNITS = 32;
    static final long FEATURES = 4;

    private NewLayerConfig() {
    }

    static Config of(LayerType type) {
        Config c = type.defaultConfig("probe").without("name");
        for (ParamSpec p : type.allParams()) {
            if (!p.required() || p.name().equals("name")) {
                continue;
            }
            switch (p.kind()) {
                case INTEGER -> c = c.with(p.name(), Math.max(UNITS, p.min() == null ? UNITS : p.min().longValue()));
                case FLOAT -> c = c.with(p.name(), p.min() == null ? 1.0 : Math.max(1.0, p.min()));
                case SHAPE -> {
                    List<Object> shape = new ArrayList<>();
                    shape.add(null);
                    shape.add(FEATURES);
                    c = c.with(p.name(), shape);
                }
                default -> {
                    // Strings and choices have no sensible start: the inspector asks for them.
                }
            }
        }
        return c;
    }
}

package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.edit.LayerFit;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;

/**
 * The config a layer added on the canvas starts with: the engine's starting config ({@link LayerFit}),
 * with the values a user would start from where Keras makes the user choose: 32 units rather than the
 * smallest legal 1, a rate in the middle of its range, a four-feature input. So a new layer works at once,
 * and the inspector shows what to change.
 */
final class NewLayerConfig {
    static final long UNITS = 32;
    static final long FEATURES = 4;

    private NewLayerConfig() {
    }

    static Config of(LayerType type) {
        Config c = LayerFit.startingConfig(type, null).orElseGet(() -> type.defaultConfig(null)).without("name");
        for (ParamSpec p : type.allParams()) {
            if (!p.required() || p.name().equals("name")) {
                continue;
            }
            switch (p.kind()) {
                case INTEGER -> {
                    if (p.min() == null || p.min() <= UNITS) {
                        c = c.with(p.name(), UNITS);
                    }
                }
                case FLOAT -> {
                    if (p.min() != null && p.max() != null) {
                        c = c.with(p.name(), (p.min() + p.max()) / 2);
                    }
                }
                case SHAPE -> {
                    List<Object> shape = new ArrayList<>();
                    shape.add(null);
                    shape.add(FEATURES);
                    c = c.with(p.name(), shape);
                }
                default -> {
                    // The engine's start stands: relu for an activation, the first of a list of choices.
                }
            }
        }
        return c;
    }
}

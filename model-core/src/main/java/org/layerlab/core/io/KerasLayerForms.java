package org.layerlab.core.io;

import java.util.List;
import java.util.Map;
import org.layerlab.core.layer.KerasDialect;

/**
 * What the Keras JSON writers share: the version they claim, a layer's config in a Keras dialect (as its
 * type writes it, see {@link org.layerlab.core.layer.KerasForm}) and the layers in order once checked.
 */
final class KerasLayerForms {
    static final String KERAS2_VERSION = "2.15.0";
    static final String BACKEND = "tensorflow";

    private KerasLayerForms() {
    }

    /** The layer's config as {@code dialect} writes it; nested values stay Configs. */
    static Map<String, Object> config(LayerEntry layer, KerasDialect dialect) {
        return layer.type().kerasConfig(layer.config(), dialect);
    }

    /** The layers in dependency order, once their connections are checked (TF.js hangs on a dangling name). */
    static List<LayerEntry> checked(String file, ModelDescription model) throws GraphStructureException {
        return checked(file, model, false);
    }

    /** @param draft whether the model may be unfinished, as a project's model may be */
    static List<LayerEntry> checked(String file, ModelDescription model, boolean draft) throws GraphStructureException {
        return GraphCheck.ordered(Where.file(file), model.layers(), model.inputs(), model.outputs(), draft);
    }
}

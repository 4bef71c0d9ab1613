package org.layerlab.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.layer.Config;

/**
 * The per-layer parts of the Keras JSON forms that differ from the normalised config: how an InputLayer
 * gives its shape ({@code batch_input_shape} in Keras 2, {@code batch_shape} in Keras 3, never
 * {@code trainable}), which classes are Keras's own, and Scale's config as DenseNet's class reads it.
 */
final class KerasLayerForms {
    /** Layer classes that Keras itself provides (module {@code keras.layers}); others are custom classes. */
    static final Set<String> KERAS_BUILT_INS = Set.of("InputLayer", "Dense", "Dropout", "Activation");

    static final String KERAS2_VERSION = "2.15.0";
    static final String BACKEND = "tensorflow";

    private static final Config ONES = initializer("Ones");
    private static final Config ZEROS = initializer("Zeros");

    private KerasLayerForms() {
    }

    private static Config initializer(String className) {
        return Config.builder().put("class_name", className).put("config", Config.empty()).build();
    }

    /** The InputLayer config of Keras 2 ({@code keras2}) or Keras 3; nested values stay Configs. */
    static Map<String, Object> inputLayer(LayerEntry layer, boolean keras2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(keras2 ? "batch_input_shape" : "batch_shape", layer.config().getList("batch_shape"));
        m.put("dtype", layer.config().getString("dtype", "float32"));
        m.put("sparse", false);
        m.put("ragged", false);
        m.put("name", layer.name());
        return m;
    }

    /**
     * A non-input layer's config as a map in the normalised order. Scale leaves out initializers that are
     * at their defaults, so that DenseNet's own Scale class (which does not take them) reads the config.
     */
    static Map<String, Object> layerConfig(LayerEntry layer) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : layer.config().keys()) {
            m.put(key, layer.config().get(key));
        }
        if (layer.className().equals("Scale")) {
            m.remove("gamma_initializer", ONES);
            m.remove("beta_initializer", ZEROS);
        }
        return m;
    }

    /** The layers in dependency order, once their connections are checked (TF.js hangs on a dangling name). */
    static List<LayerEntry> checked(String file, ModelDescription model) throws GraphStructureException {
        return GraphCheck.ordered(Where.file(file), model.layers(), model.inputs(), model.outputs());
    }
}

package org.layerlab.core.layer;

import java.util.Map;
import org.layerlab.core.config.Config;

/**
 * How a layer type's config differs in Keras files from LayerLab's config, for the few types whose
 * Keras form is not their config as it is (an InputLayer's shape is {@code batch_input_shape} in Keras 2).
 */
public interface KerasConfigForm {
    /** The config as {@code dialect} writes it; nested objects stay {@link Config}s. */
    Map<String, Object> write(Config config, KerasDialect dialect);

    /**
     * A config as a Keras file of any version gives it, Keras 1 names already renamed, in LayerLab's names.
     *
     * @throws org.layerlab.core.config.ConfigException naming the field that is missing or wrong
     */
    Config read(Config fromFile);
}

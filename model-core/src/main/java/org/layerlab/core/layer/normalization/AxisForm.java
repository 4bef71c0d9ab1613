package org.layerlab.core.layer.normalization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.KerasConfigForm;
import org.layerlab.core.layer.KerasDialect;

/**
 * tf.keras 2 writes a built normalisation layer's {@code axis} as a list ({@code [3]}); LayerLab normalises
 * along one axis, so a list of one axis reads as that axis and a longer list is refused naming the field.
 */
final class AxisForm implements KerasConfigForm {
    private static final String AXIS = "axis";

    @Override
    public Map<String, Object> write(Config config, KerasDialect dialect) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : config.keys()) {
            m.put(key, config.get(key));
        }
        return m;
    }

    @Override
    public Config read(Config fromFile) {
        if (!(fromFile.get(AXIS) instanceof List<?> axes)) {
            return fromFile;
        }
        if (axes.size() != 1) {
            throw new ConfigException(AXIS, "normalising along several axes " + axes + " is not supported; give one axis");
        }
        return fromFile.with(AXIS, axes.get(0));
    }
}

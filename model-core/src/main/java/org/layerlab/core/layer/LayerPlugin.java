package org.layerlab.core.layer;

import java.util.List;

/**
 * Adds layer types to LayerLab. Third parties list their implementation in
 * {@code META-INF/services/org.layerlab.core.layer.LayerPlugin}; {@link LayerRegistry} finds it
 * through {@link java.util.ServiceLoader}.
 */
public interface LayerPlugin {
    List<LayerType> layerTypes();
}

package org.layerlab.core.layer.core;

import java.util.List;
import org.layerlab.core.layer.LayerPlugin;
import org.layerlab.core.layer.LayerType;

/** The layers that come with LayerLab's engine. */
public final class CoreLayers implements LayerPlugin {
    @Override
    public List<LayerType> layerTypes() {
        return List.of(InputLayer.TYPE, Dense.TYPE, Dropout.TYPE, Activation.TYPE, Add.TYPE);
    }
}

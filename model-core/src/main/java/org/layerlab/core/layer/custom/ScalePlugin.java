package org.layerlab.core.layer.custom;

import java.util.List;
import org.layerlab.core.layer.LayerPlugin;
import org.layerlab.core.layer.LayerType;

/** Registers {@link Scale} through {@link java.util.ServiceLoader}, the way a third-party layer is added. */
public final class ScalePlugin implements LayerPlugin {
    @Override
    public List<LayerType> layerTypes() {
        return List.of(Scale.TYPE);
    }
}

package org.example.gate;

import java.util.List;
import org.layerlab.core.layer.LayerPlugin;
import org.layerlab.core.layer.LayerType;

/** Registers SoftGate with LayerLab through java.util.ServiceLoader. */
public final class SoftGatePlugin implements LayerPlugin {
    @Override
    public List<LayerType> layerTypes() {
        return List.of(SoftGate.TYPE);
    }
}

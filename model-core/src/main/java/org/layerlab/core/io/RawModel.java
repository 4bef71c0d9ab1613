package org.layerlab.core.io;

import java.util.List;

/** A model as found in the file: its raw layers (nested models not yet flattened), inputs and outputs. */
record RawModel(String name, boolean sequential, List<RawLayer> layers, List<TensorRef> inputs,
        List<TensorRef> outputs) {
    RawModel {
        layers = List.copyOf(layers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}

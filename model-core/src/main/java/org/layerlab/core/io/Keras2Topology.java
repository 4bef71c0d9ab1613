package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keras 2 model topology ({@code {class_name, config}}) in the legacy layout that tf.keras 2.x
 * {@code model_from_json} and TensorFlow.js both load: {@code Sequential} when the model is a chain from
 * one InputLayer, {@code Functional} with list-form inbound nodes otherwise.
 */
final class Keras2Topology {
    private Keras2Topology() {
    }

    static Map<String, Object> of(String file, ModelDescription model) throws GraphStructureException {
        List<LayerEntry> layers = KerasLayerForms.checked(file, model);
        boolean chain = model.isChain();
        List<Object> entries = new ArrayList<>();
        for (LayerEntry layer : layers) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("class_name", layer.className());
            e.put("config", layer.isInputLayer() ? KerasLayerForms.inputLayer(layer, true)
                    : KerasLayerForms.layerConfig(layer));
            if (!chain) {
                e.put("name", layer.name());
                List<Object> call = new ArrayList<>();
                for (TensorRef ref : layer.inbound()) {
                    call.add(List.of(ref.layer(), ref.nodeIndex(), ref.tensorIndex(), Map.of()));
                }
                e.put("inbound_nodes", layer.inbound().isEmpty() ? List.of() : List.of(call));
            }
            entries.add(e);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", model.name());
        if (!chain) {
            config.put("trainable", true);
        }
        config.put("layers", entries);
        if (!chain) {
            config.put("input_layers", triples(model.inputs()));
            config.put("output_layers", triples(model.outputs()));
        }
        Map<String, Object> topology = new LinkedHashMap<>();
        topology.put("class_name", chain ? "Sequential" : "Functional");
        topology.put("config", config);
        return topology;
    }

    private static List<Object> triples(List<TensorRef> refs) {
        List<Object> out = new ArrayList<>();
        for (TensorRef r : refs) {
            out.add(List.of(r.layer(), r.nodeIndex(), r.tensorIndex()));
        }
        return out;
    }
}

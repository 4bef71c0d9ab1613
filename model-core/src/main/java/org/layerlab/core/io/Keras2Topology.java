package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;

/**
 * The Keras 2 model topology ({@code {class_name, config}}) in the legacy layout that tf.keras 2.x
 * {@code model_from_json} and TensorFlow.js both load: {@code Sequential} when the model is a chain from
 * one InputLayer, {@code Functional} with list-form inbound nodes otherwise. {@code L1} and {@code L2}
 * regularizers are written as the {@code L1L2} they equal, the only regularizer class TensorFlow.js has.
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
            e.put("config", withL1L2Regularizers(layer, KerasLayerForms.config(layer, KerasDialect.KERAS_2)));
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

    /** {@code L1(l1)} is {@code L1L2(l1, 0)} and {@code L2(l2)} is {@code L1L2(0, l2)}, with Keras's default 0.01. */
    private static Map<String, Object> withL1L2Regularizers(LayerEntry layer, Map<String, Object> config) {
        for (ParamSpec p : layer.type().allParams()) {
            if (p.kind() == ParamKind.REGULARIZER && config.get(p.name()) instanceof Config r
                    && r.get("class_name") instanceof String cls && (cls.equals("L1") || cls.equals("L2"))) {
                Config given = Objects.requireNonNullElse(r.getConfig("config"), Config.empty());
                double l1 = cls.equals("L1") ? given.getDouble("l1", 0.01) : 0.0;
                double l2 = cls.equals("L2") ? given.getDouble("l2", 0.01) : 0.0;
                config.put(p.name(), Config.builder().put("class_name", "L1L2")
                        .put("config", Config.builder().put("l1", l1).put("l2", l2).build()).build());
            }
        }
        return config;
    }

    private static List<Object> triples(List<TensorRef> refs) {
        List<Object> out = new ArrayList<>();
        for (TensorRef r : refs) {
            out.add(List.of(r.layer(), r.nodeIndex(), r.tensorIndex()));
        }
        return out;
    }
}

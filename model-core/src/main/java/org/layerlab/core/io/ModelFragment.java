package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.layer.KerasDialect;

/**
 * Some layers of a model with the wires among them, as the editor's clipboard holds them: copied, then
 * pasted under new names. On the system clipboard it is Keras 2 functional-model JSON ({@link #toJson()}),
 * readable by {@link ModelReader#readFragment}, whose inputs and outputs are the fragment's open ends, plus
 * the canvas positions under {@code "layerlab_positions"}, which Keras ignores.
 *
 * @param layers in an order where each comes after the layers it reads; inbound refs name only layers of
 *     the fragment
 * @param positions canvas positions by layer name, for those that have one
 */
public record ModelFragment(List<LayerEntry> layers, Map<String, CanvasPosition> positions) {

    public ModelFragment {
        layers = List.copyOf(layers);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** The fragment as Keras functional JSON, one layer per entry with its internal {@code inbound_nodes}. */
    public String toJson() {
        List<Object> entries = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        List<Object> outputs = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (LayerEntry l : layers) {
            l.inbound().forEach(t -> read.add(t.layer()));
        }
        for (LayerEntry l : layers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("class_name", l.className());
            entry.put("name", l.name());
            entry.put("config", KerasLayerForms.config(l, KerasDialect.KERAS_2));
            List<Object> call = new ArrayList<>();
            for (TensorRef t : l.inbound()) {
                call.add(List.of(t.layer(), 0, 0, Map.of()));
            }
            entry.put("inbound_nodes", call.isEmpty() ? List.of() : List.of(call));
            entries.add(entry);
            if (l.inbound().isEmpty()) {
                inputs.add(List.of(l.name(), 0, 0));
            }
            if (!read.contains(l.name())) {
                outputs.add(List.of(l.name(), 0, 0));
            }
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "clipboard");
        config.put("layers", entries);
        config.put("input_layers", inputs);
        config.put("output_layers", outputs);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("class_name", "Functional");
        root.put("config", config);
        Map<String, Object> xy = new LinkedHashMap<>();
        positions.forEach((name, p) -> xy.put(name, Map.of("x", p.x(), "y", p.y())));
        root.put("layerlab_positions", xy);
        return new JsonOutput().write(root);
    }
}

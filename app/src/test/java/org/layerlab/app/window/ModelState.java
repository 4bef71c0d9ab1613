package org.layerlab.app.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.Weight;

/**
 * What a user sees of a model, by layer name: configs, wires, places on the canvas and weight values,
 * for comparing a model before and after a round trip.
 */
record ModelState(Map<String, Config> configs, List<String> wires, Map<String, CanvasPosition> positions,
        Map<String, List<List<Float>>> weights) {

    static ModelState of(ModelGraph graph) {
        Map<String, Config> configs = new LinkedHashMap<>();
        Map<String, CanvasPosition> positions = new LinkedHashMap<>();
        Map<String, List<List<Float>>> weights = new LinkedHashMap<>();
        for (GraphNode n : graph.nodes()) {
            configs.put(n.name(), n.config());
            graph.position(n.id()).ifPresent(p -> positions.put(n.name(), p));
            if (n.layer() != null && n.layer().weights().stream().anyMatch(Weight::isInitialized)) {
                List<List<Float>> values = new ArrayList<>();
                for (Weight w : n.layer().weights()) {
                    List<Float> v = new ArrayList<>();
                    if (w.isInitialized()) {
                        for (float f : w.value().dup('c').data().asFloat()) {
                            v.add(f);
                        }
                    }
                    values.add(v);
                }
                weights.put(n.name(), values);
            }
        }
        List<String> wires = new ArrayList<>();
        for (Edge e : graph.edges()) {
            wires.add(graph.node(e.from()).name() + "->" + graph.node(e.to()).name() + ":" + e.port());
        }
        wires.sort(null);
        return new ModelState(configs, wires, positions, weights);
    }
}

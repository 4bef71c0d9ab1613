package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.Config;

/**
 * Copied layers, apart from any graph: their class names, configs and places, and the wires among them
 * by index. Wires to layers left behind are not copied.
 */
record Clipping(List<Layer> layers, List<Wire> wires) {

    record Layer(String className, Config config, Point at) {
    }

    /** A wire from the output of layer {@code from} into port {@code port} of layer {@code to}, by index. */
    record Wire(int from, int to, int port) {
    }

    Clipping {
        layers = List.copyOf(layers);
        wires = List.copyOf(wires);
    }

    static Clipping of(ModelGraph graph, Set<NodeId> chosen, java.util.function.Function<NodeId, Point> place) {
        List<NodeId> order = graph.topologicalOrder().stream().filter(chosen::contains).toList();
        Map<NodeId, Integer> index = new HashMap<>();
        List<Layer> layers = new ArrayList<>();
        for (NodeId id : order) {
            GraphNode n = graph.node(id);
            index.put(id, layers.size());
            layers.add(new Layer(n.className(), n.config(), place.apply(id)));
        }
        List<Wire> wires = new ArrayList<>();
        Set<NodeId> inside = new HashSet<>(order);
        for (NodeId id : order) {
            for (Edge e : graph.inputEdges(id)) {
                if (inside.contains(e.from())) {
                    wires.add(new Wire(index.get(e.from()), index.get(id), e.port()));
                }
            }
        }
        return new Clipping(layers, wires);
    }

    boolean isEmpty() {
        return layers.isEmpty();
    }
}

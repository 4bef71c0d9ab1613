package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelFragment;
import org.layerlab.core.io.TensorRef;

/**
 * Copies selected layers with the wires among them into a {@link ModelFragment}: the editor's clipboard,
 * and as {@link ModelFragment#toJson()} the system clipboard's Keras JSON. Wires from or to layers outside
 * the selection are left behind; {@link PasteLayers} puts the copy back under new names.
 */
public final class LayerClipboard {
    private LayerClipboard() {
    }

    /** The layers in topological order, their configs, internal wires and positions. */
    public static ModelFragment copy(ModelGraph graph, Collection<NodeId> selection) {
        Set<NodeId> chosen = new HashSet<>(selection);
        List<LayerEntry> layers = new ArrayList<>();
        Map<String, CanvasPosition> positions = new LinkedHashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            if (!chosen.contains(id)) {
                continue;
            }
            GraphNode node = graph.node(id);
            List<TensorRef> inbound = new ArrayList<>();
            for (Edge e : graph.inputEdges(id)) {
                if (chosen.contains(e.from())) {
                    inbound.add(TensorRef.of(graph.node(e.from()).name()));
                }
            }
            layers.add(new LayerEntry(graph.registry().require(node.className()), node.config(), inbound));
            graph.position(id).ifPresent(p -> positions.put(node.name(), p));
        }
        return new ModelFragment(layers, positions);
    }
}

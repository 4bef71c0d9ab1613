package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.Weight;

/**
 * The trained weights of a graph at one moment, by reference. An edit that changes a layer's input shape
 * makes shape inference drop that layer's weights (they must start anew for the new shape); undoing the
 * edit brings the shape back, and {@link #restoreInto} puts the trained values back into every weight
 * that lost them. Weights still holding values are left alone, so nothing newer is overwritten.
 */
final class TrainedWeights {
    private final Map<NodeId, List<Weight>> byNode;

    private TrainedWeights(Map<NodeId, List<Weight>> byNode) {
        this.byNode = byNode;
    }

    static TrainedWeights of(ModelGraph graph) {
        Map<NodeId, List<Weight>> byNode = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            if (node.layer() != null && node.layer().weights().stream().anyMatch(Weight::isInitialized)) {
                byNode.put(node.id(), new ArrayList<>(node.layer().weights()));
            }
        }
        return new TrainedWeights(byNode);
    }

    void restoreInto(ModelGraph graph) {
        byNode.forEach((id, saved) -> {
            if (!graph.contains(id) || graph.node(id).layer() == null) {
                return;
            }
            for (Weight now : graph.node(id).layer().weights()) {
                if (!now.isInitialized()) {
                    saved.stream()
                            .filter(w -> w.isInitialized() && w.name().equals(now.name()) && w.shape().equals(now.shape()))
                            .findFirst().ifPresent(w -> now.assign(w.value()));
                }
            }
        });
    }
}

package org.layerlab.app.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.Weight;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trained weights between a project file's form and the layers of the graph being edited, where edits
 * and undo keep them. Only a trained model touches ND4J here: an untrained one has no values to move.
 */
final class GraphWeights {
    private GraphWeights() {
    }

    /** Gives the graph's layers the file's values, matched by layer name and order. */
    static void load(ModelGraph graph, Map<String, List<WeightArray>> weights) {
        for (Map.Entry<String, List<WeightArray>> e : weights.entrySet()) {
            GraphNode node = graph.find(e.getKey()).orElse(null);
            if (node == null || node.layer() == null) {
                continue;
            }
            List<Weight> targets = node.layer().weights();
            for (int i = 0; i < Math.min(targets.size(), e.getValue().size()); i++) {
                WeightArray source = e.getValue().get(i);
                targets.get(i).assign(Nd4j.create(source.values(), source.shape(), 'c'));
            }
        }
    }

    /** The trained values the layers hold, in the file's form; empty for an untrained model. */
    static Map<String, List<WeightArray>> of(ModelGraph graph) {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            GraphNode node = graph.node(id);
            if (node.layer() == null || node.layer().weights().isEmpty()
                    || !node.layer().weights().stream().allMatch(Weight::isInitialized)) {
                continue;
            }
            List<WeightArray> arrays = new ArrayList<>();
            for (Weight w : node.layer().weights()) {
                arrays.add(new WeightArray(w.name(), w.shape().toArray(), w.value().dup('c').data().asFloat()));
            }
            out.put(node.name(), arrays);
        }
        return out;
    }
}

package org.layerlab.core.project;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.GraphStructureException;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.TensorRef;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.io.WeightDataException;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;

/**
 * Makes the editable graph of a model read from a file: one node per layer through the registry, one
 * edge per inbound tensor in port order. The graph's own shape inference then counts the parameters of
 * every layer, plugin layers included, against the given budget (for a file, the read limit
 * {@link org.layerlab.core.io.ReadLimits#maxParameters()}: inference makes weight shapes, never values, so
 * a model over the lower budget for training still opens) and checks that the file's weights fit the
 * layers. The values stay in the description until {@link KerasWeights#loadInto} puts them in the layers.
 */
public final class GraphImport {
    private GraphImport() {
    }

    /**
     * @param file the file's name, for messages
     * @throws ModelFormatException naming the file and layer when the model cannot become a graph, is over
     *     the budget, or carries weights that do not fit its layers
     */
    public static ModelGraph toGraph(String file, ModelDescription model, LayerRegistry registry, ParameterBudget budget)
            throws ModelFormatException {
        ModelGraph graph = new ModelGraph(registry);
        Map<String, NodeId> ids = new HashMap<>();
        for (LayerEntry entry : model.layers()) {
            ids.put(entry.name(), graph.addNode(entry.className(), entry.config()));
        }
        for (LayerEntry entry : model.layers()) {
            List<TensorRef> inbound = entry.inbound();
            for (int port = 0; port < inbound.size(); port++) {
                TensorRef ref = inbound.get(port);
                if (ref.nodeIndex() != 0 || ref.tensorIndex() != 0 || !ids.containsKey(ref.layer())) {
                    throw new GraphStructureException(file, entry.name(), "input " + port + " reads " + ref
                            + "; only the single output of a layer called once can be read");
                }
                graph.connect(ids.get(ref.layer()), ids.get(entry.name()), port);
            }
        }
        try (ShapeInference inference = new ShapeInference(graph)) {
            budget.checkTotal(file, null, inference.totals().total());
        }
        for (Map.Entry<String, List<WeightArray>> e : model.weights().entrySet()) {
            NodeId id = ids.get(e.getKey());
            if (id == null) {
                throw new WeightDataException(file, e.getKey(), "weights are given for a layer the model does not have");
            }
            checkFits(file, e.getKey(), graph.node(id).layer(), e.getValue());
        }
        return graph;
    }

    private static void checkFits(String file, String layerName, Layer layer, List<WeightArray> arrays)
            throws WeightDataException {
        if (layer == null || !layer.isBuilt()) {
            throw new WeightDataException(file, layerName, "the layer has errors, so its weights cannot be placed");
        }
        List<Weight> weights = layer.weights();
        if (weights.size() != arrays.size()) {
            throw new WeightDataException(file, layerName, "the layer has " + weights.size() + " weights, the file gives "
                    + arrays.size());
        }
        for (int i = 0; i < weights.size(); i++) {
            long[] expected = weights.get(i).shape().toArray();
            if (!Arrays.equals(expected, arrays.get(i).shape())) {
                throw new WeightDataException(file, layerName, "weight " + weights.get(i).name() + " has shape "
                        + Arrays.toString(expected) + ", the file gives " + Arrays.toString(arrays.get(i).shape()));
            }
        }
    }
}

package org.layerlab.core.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.io.WeightDataException;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.ModelWeights;
import org.layerlab.core.train.WeightValues;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves weights between the files' form (per layer, in Keras order, float32) and trainable models.
 */
public final class KerasWeights {
    private KerasWeights() {
    }

    /** The file form of trained weights: per layer in model order, each layer's weights in their order. */
    public static Map<String, List<WeightArray>> of(ModelWeights weights) {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        for (WeightValues w : weights.weights()) {
            double[] values = w.values();
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            out.computeIfAbsent(w.layer(), k -> new ArrayList<>()).add(new WeightArray(w.name(), w.shape().toArray(), floats));
        }
        return out;
    }

    /**
     * The trained weights of an editable graph in the file form, by current layer name in topological order;
     * layers whose weights have no values (never trained, or reset by an edit) are left out.
     */
    public static Map<String, List<WeightArray>> of(ModelGraph graph) {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            GraphNode node = graph.node(id);
            if (node.layer() == null || node.layer().weights().isEmpty()
                    || !node.layer().weights().stream().allMatch(Weight::isInitialized)) {
                continue;
            }
            List<WeightArray> arrays = new ArrayList<>();
            for (Weight w : node.layer().weights()) {
                arrays.add(new WeightArray(w.name(), w.shape().toArray(), w.value().castTo(DataType.FLOAT).ravel()
                        .toFloatVector()));
            }
            out.put(node.name(), arrays);
        }
        return out;
    }

    /**
     * Puts a project's trained weights into the layers of its editable graph, so that edits keep them and
     * undo gives them back. Call it after {@link GraphImport#toGraph}, which checked that they fit.
     *
     * @throws WeightDataException naming the file and layer when a layer's weights do not fit
     */
    public static void loadInto(ModelGraph graph, Map<String, List<WeightArray>> weights, String file)
            throws WeightDataException {
        for (Map.Entry<String, List<WeightArray>> e : weights.entrySet()) {
            GraphNode node = graph.find(e.getKey()).orElseThrow(() -> new WeightDataException(file, e.getKey(),
                    "weights are given for a layer the model does not have"));
            assign(file, e.getKey(), node.layer() == null ? List.of() : node.layer().weights(), e.getValue());
        }
    }

    /**
     * Gives the model's weights the values of {@code weights}, matched by layer name and position in the
     * layer; layers without values in {@code weights} keep what they had.
     *
     * @throws WeightDataException naming the file and layer when a layer's weights do not fit
     */
    public static void load(GraphModel model, Map<String, List<WeightArray>> weights, String file)
            throws WeightDataException {
        Map<String, List<Weight>> byLayer = new LinkedHashMap<>();
        for (Weight w : model.weights()) {
            byLayer.computeIfAbsent(w.layerName(), k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<String, List<WeightArray>> e : weights.entrySet()) {
            List<Weight> targets = byLayer.get(e.getKey());
            if (targets == null) {
                throw new WeightDataException(file, e.getKey(), "weights are given for a layer the model has no weights for");
            }
            assign(file, e.getKey(), targets, e.getValue());
        }
    }

    private static void assign(String file, String layer, List<Weight> targets, List<WeightArray> arrays)
            throws WeightDataException {
        if (targets.size() != arrays.size()) {
            throw new WeightDataException(file, layer, "the layer has " + targets.size() + " weights, the file gives "
                    + arrays.size());
        }
        for (int i = 0; i < arrays.size(); i++) {
            Weight target = targets.get(i);
            WeightArray source = arrays.get(i);
            if (!Arrays.equals(target.shape().toArray(), source.shape())) {
                throw new WeightDataException(file, layer, "weight " + target.name() + " has shape "
                        + target.shape() + ", the file gives " + Arrays.toString(source.shape()));
            }
            target.assign(Nd4j.create(source.values(), source.shape(), 'c'));
        }
    }
}

package org.layerlab.app.cli;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.ModelOutput;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * The output a model ends in, as {@link ModelOutput} needs it to read a numeric target: the activation of
 * the last layer that has one (a Dropout after a softmax Dense keeps the softmax) and the output's units.
 */
final class OutputLayerReading {
    private static final String ACTIVATION = "activation";
    private static final String LINEAR = "linear";

    private OutputLayerReading() {
    }

    /**
     * @param units the width of the model's output
     * @param loss the loss chosen for the run, or {@code null} when none is
     */
    static ModelOutput of(ModelGraph graph, long units, String loss) {
        List<NodeId> outputs = graph.outputs();
        String activation = outputs.size() == 1 ? activation(graph, outputs.get(0)) : LINEAR;
        return new ModelOutput(activation, units, loss);
    }

    private static String activation(ModelGraph graph, NodeId output) {
        NodeId id = output;
        for (int steps = 0; steps < graph.size(); steps++) {
            GraphNode node = graph.node(id);
            Object value = node.config().get(ACTIVATION);
            if (value instanceof String name) {
                return name;
            }
            if (value instanceof Config c) {
                // Keras 3 may serialise an activation as {"class_name": ..., "config": {"name": ...}}.
                Config inner = c.getConfig("config");
                return inner != null ? inner.getString("name", LINEAR) : c.getString("class_name", LINEAR);
            }
            List<Edge> in = graph.inputEdges(id);
            if (in.size() != 1) {
                return LINEAR;
            }
            id = in.get(0).from();
        }
        return LINEAR;
    }
}

package org.layerlab.app.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerlab.core.edit.Command;
import org.layerlab.core.edit.CompositeCommand;
import org.layerlab.core.edit.ConnectLayers;
import org.layerlab.core.edit.DisconnectLayers;
import org.layerlab.core.edit.EditLabel;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.IncompatibleInputException;

/**
 * Whether a wire may be drawn, asked while it is still being dragged: the graph's own rules (no cycle,
 * one wire per input port) and the target layer's InputSpec, checked on a fresh copy of the layer so
 * the model is not touched.
 */
final class WireRules {
    private WireRules() {
    }

    static Optional<String> refusal(ModelGraph graph, ShapeInference inference, NodeId from, NodeId to, int port) {
        GraphNode source = graph.node(from);
        GraphNode target = graph.node(to);
        LayerType type = graph.registry().require(target.className());
        if (from.equals(to)) {
            return Optional.of("layer \"" + source.name() + "\" cannot feed itself");
        }
        if (type.inputCount().max() == 0) {
            return Optional.of("layer \"" + target.name() + "\" is an " + target.className() + " and takes no input");
        }
        for (Edge e : graph.inputEdges(to)) {
            if (e.port() == port) {
                return Optional.of("input " + port + " of \"" + target.name() + "\" is already connected to \""
                        + graph.node(e.from()).name() + "\"");
            }
        }
        if (reaches(graph, to, from)) {
            return Optional.of("connecting \"" + source.name() + "\" to \"" + target.name()
                    + "\" would make a cycle: \"" + target.name() + "\" already feeds \"" + source.name() + "\"");
        }
        NodeResult upstream = inference.result(from);
        if (!upstream.hasOutput() || type.inputCount().max() > 1 || target.problem() != null) {
            return Optional.empty();
        }
        return inputSpecRefusal(graph, target.className(), target.config(), upstream);
    }

    /** Whether a new layer of the type would take the output of {@code from}. */
    static boolean fits(ModelGraph graph, ShapeInference inference, NodeId from, LayerType type) {
        if (type.inputCount().max() == 0) {
            return false;
        }
        NodeResult upstream = inference.result(from);
        if (!upstream.hasOutput() || type.inputCount().max() > 1) {
            return true;
        }
        return inputSpecRefusal(graph, type.className(), NewLayerConfig.of(type), upstream).isEmpty();
    }

    private static Optional<String> inputSpecRefusal(ModelGraph graph, String className,
            org.layerlab.core.layer.Config config, NodeResult upstream) {
        Layer probe;
        try {
            probe = graph.registry().create(className, config);
        } catch (RuntimeException unbuildable) {
            return Optional.empty();
        }
        try {
            probe.ensureBuilt(List.of(upstream.outputShape()), List.of(upstream.dtype()));
            return Optional.empty();
        } catch (IncompatibleInputException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException other) {
            return Optional.of(other.getMessage());
        }
    }

    private static boolean reaches(ModelGraph graph, NodeId start, NodeId goal) {
        Deque<NodeId> todo = new ArrayDeque<>(List.of(start));
        Set<NodeId> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            NodeId id = todo.pop();
            if (id.equals(goal)) {
                return true;
            }
            if (seen.add(id)) {
                graph.outputEdges(id).forEach(e -> todo.push(e.to()));
            }
        }
        return false;
    }

    /** Takes the wire apart and puts the node between its ends, as one command. */
    static Command insertOnWire(ModelGraph graph, NodeId node, Edge edge) {
        return new CompositeCommand(EditLabel.of("insert", graph.node(node).name(), graph.node(edge.from()).name(),
                graph.node(edge.to()).name()), List.of(new DisconnectLayers(graph, edge),
                        new ConnectLayers(graph, edge.from(), node, 0),
                        new ConnectLayers(graph, node, edge.to(), edge.port())));
    }
}

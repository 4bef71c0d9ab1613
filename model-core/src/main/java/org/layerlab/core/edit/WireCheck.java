package org.layerlab.core.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.reason.Reason;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/**
 * Answers, while a wire is dragged, whether it may be dropped on a port: not on its own node or into a
 * cycle, not on a taken port or one the layer does not have, and only with an input the layer's InputSpec
 * takes (the reason is then Keras's). Asked, never stored: the canvas asks on every hover.
 */
public final class WireCheck {
    private final ModelGraph graph;
    private final ShapeInference inference;
    private final LayerFit fit;

    public WireCheck(ModelGraph graph, ShapeInference inference) {
        this.graph = graph;
        this.inference = inference;
        this.fit = new LayerFit(graph.registry());
    }

    /** Whether the output of {@code from} may feed input {@code port} of {@code to}. */
    public WireVerdict check(NodeId from, NodeId to, int port) {
        GraphNode source = graph.node(from);
        GraphNode target = graph.node(to);
        InputCount count = graph.registry().require(target.className()).inputCount();
        if (count.max() == 0) {
            return WireVerdict.refused(Reason.of("wire.takesNoInput", target.name(), target.className()));
        }
        if (port < 0 || port >= count.max()) {
            return WireVerdict.refused(Reason.of("wire.noSuchPort", target.name(), port));
        }
        if (from.equals(to) || reaches(to, from)) {
            return WireVerdict.refused(Reason.of("wire.cycle", source.name(), target.name()));
        }
        for (Edge e : graph.inputEdges(to)) {
            if (e.port() == port) {
                return WireVerdict.refused(Reason.of("wire.portTaken", target.name(), port,
                        graph.node(e.from()).name()));
            }
        }
        return shapeVerdict(from, target, port);
    }

    /** The layer's own verdict on the shapes its ports would get; allowed while any of them is not known. */
    private WireVerdict shapeVerdict(NodeId from, GraphNode target, int port) {
        int ports = Math.max(port + 1, graph.registry().require(target.className()).inputCount().min());
        List<Shape> shapes = new ArrayList<>();
        List<DType> dtypes = new ArrayList<>();
        for (int p = 0; p < ports; p++) {
            NodeId feeding = p == port ? from : feeding(target.id(), p);
            NodeResult r = feeding == null ? null : inference.result(feeding);
            if (r == null || !r.hasOutput()) {
                return WireVerdict.ALLOWED;
            }
            shapes.add(r.outputShape());
            dtypes.add(r.dtype());
        }
        return fit.refusal(target.className(), target.config(), shapes, dtypes)
                .map(WireVerdict::refused).orElse(WireVerdict.ALLOWED);
    }

    private NodeId feeding(NodeId to, int port) {
        for (Edge e : graph.inputEdges(to)) {
            if (e.port() == port) {
                return e.from();
            }
        }
        return null;
    }

    private boolean reaches(NodeId start, NodeId target) {
        Deque<NodeId> todo = new ArrayDeque<>(List.of(start));
        Set<NodeId> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            NodeId n = todo.pop();
            if (n.equals(target)) {
                return true;
            }
            if (seen.add(n)) {
                graph.outputEdges(n).forEach(e -> todo.push(e.to()));
            }
        }
        return false;
    }
}

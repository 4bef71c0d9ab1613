package org.layerlab.app.editor.draw;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.app.editor.LayerCatalog;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerType;

/**
 * Words what each node and wire of a graph shows, the same for the canvas and for a picture file: the
 * key parameters, output shape, parameter count and first error of a node, the shape on a wire.
 */
public final class NodeFaces {
    private final ModelGraph graph;
    private final ShapeInference inference;
    private final Messages messages;

    public NodeFaces(ModelGraph graph, ShapeInference inference, Messages messages) {
        this.graph = graph;
        this.inference = inference;
        this.messages = messages;
    }

    public List<NodeFace> faces() {
        List<NodeFace> faces = new ArrayList<>();
        for (GraphNode node : graph.nodes()) {
            faces.add(face(node));
        }
        return faces;
    }

    public NodeFace face(GraphNode node) {
        LayerType type = graph.registry().require(node.className());
        NodeResult result = inference.result(node.id());
        String shape = result.hasOutput() ? result.outputShape().toString() : "?";
        String params = result.hasOutput() || result.paramCount() > 0
                ? messages.text("node.params", result.paramCount()) : messages.text("node.paramsUnknown");
        String problem = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.message(messages.locale())).findFirst().orElse(null);
        int wired = graph.inputEdges(node.id()).size();
        return new NodeFace(node.id(), node.name(), node.className(), type.summary(node.config()), shape, params,
                problem, type.iconName(), LayerCatalog.groupStyle(type.group()), LayerCatalog.portsFor(type, wired),
                true);
    }

    /** The shape that flows along the wire, or {@code ?} when the layer it comes from has no output. */
    public String wireLabel(Edge edge) {
        NodeResult from = inference.result(edge.from());
        return from.hasOutput() ? from.outputShape().toString() : "?";
    }

    /**
     * A wire that carries nothing, or whose target refuses what it carries (an error not about one of the
     * target's own parameters: those mark the node, not the wire).
     */
    public boolean wireBroken(Edge edge) {
        NodeResult to = inference.result(edge.to());
        return !inference.result(edge.from()).hasOutput() || !to.hasOutput() && to.diagnostics().stream()
                .anyMatch(d -> d.severity() == Severity.ERROR && d.field() == null);
    }
}

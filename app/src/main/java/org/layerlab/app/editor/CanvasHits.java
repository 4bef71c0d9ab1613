package org.layerlab.app.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;

/**
 * What lies under a canvas point: a node, a port or a wire. Asked of the geometry, not of JavaFX's picking,
 * so it answers the same whether the views are in the scene or the model is drawn as plain boxes.
 */
final class CanvasHits {
    private final List<Node> stack;
    private final Map<NodeId, NodeView> nodeViews;
    private final Map<Edge, WireView> wireViews;
    private final Viewport viewport;

    CanvasHits(CanvasViews views, Viewport viewport) {
        this.stack = views.nodes.getChildren();
        this.nodeViews = views.nodeViews;
        this.wireViews = views.wireViews;
        this.viewport = viewport;
    }

    /** The topmost node whose box holds the point. */
    Optional<NodeView> nodeAt(Point p) {
        // In drawing order, so the node drawn on top answers.
        for (int i = stack.size() - 1; i >= 0; i--) {
            NodeView v = (NodeView) stack.get(i);
            if (v.geometry().contains(p)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** None when zoomed out to plain boxes: ports are not drawn then, and a press on a box moves it. */
    Optional<NodeView> outPortAt(Point p) {
        if (viewport.scale() < CanvasDetail.TINY_SCALE) {
            return Optional.empty();
        }
        double reach = NodeGeometry.PORT_REACH / viewport.scale();
        return nodeViews.values().stream().filter(v -> v.face().hasOutPort())
                .filter(v -> v.geometry().outPort().distanceTo(p) <= reach).findFirst();
    }

    /** The input port nearest the point within reach, as (node, port). */
    Optional<PortRef> inPortAt(Point p) {
        if (viewport.scale() < CanvasDetail.TINY_SCALE) {
            return Optional.empty();
        }
        double reach = NodeGeometry.PORT_REACH / viewport.scale();
        PortRef best = null;
        double bestDistance = reach;
        for (NodeView v : nodeViews.values()) {
            for (int port = 0; port < v.inPortCount(); port++) {
                double d = v.geometry().inPort(port).distanceTo(p);
                if (d <= bestDistance) {
                    best = new PortRef(v, port);
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<WireView> wireAt(Point p) {
        double reach = 6 / viewport.scale();
        return wireViews.values().stream().filter(w -> w.geometry().distanceTo(p) <= reach).findFirst();
    }

    /** An input port of a node on the canvas. */
    record PortRef(NodeView node, int port) {
    }
}

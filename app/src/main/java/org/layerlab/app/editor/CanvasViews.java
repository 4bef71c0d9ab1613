package org.layerlab.app.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import org.layerlab.app.editor.draw.NodeFace;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;

/**
 * The canvas's node and wire views, one per layer and per wire, kept in line with the model; shown where the
 * model puts them, or moved by a drag or a layout animation still under way.
 */
final class CanvasViews {
    final Group wires = new Group();
    final Group nodes = new Group();
    final Map<NodeId, NodeView> nodeViews = new HashMap<>();
    final Map<Edge, WireView> wireViews = new HashMap<>();
    private final EditorModel model;
    private final LayoutAnimation layoutAnimation;
    /** Nodes shown away from their place while a move is dragged, by how far. */
    private Set<NodeId> dragged = Set.of();
    private double dragDx;
    private double dragDy;

    CanvasViews(EditorModel model, LayoutAnimation layoutAnimation) {
        this.model = model;
        this.layoutAnimation = layoutAnimation;
    }

    /** Adds, removes and redraws views as the model says; drops from the selection what is gone. */
    void refresh() {
        Set<NodeId> present = new HashSet<>();
        for (NodeFace face : model.faces()) {
            present.add(face.id());
            NodeView view = nodeViews.computeIfAbsent(face.id(), id -> {
                NodeView v = new NodeView(id);
                nodes.getChildren().add(v);
                return v;
            });
            view.show(face, geometryOf(face));
        }
        nodeViews.keySet().removeIf(id -> {
            if (!present.contains(id)) {
                nodes.getChildren().remove(nodeViews.get(id));
                return true;
            }
            return false;
        });
        Set<Edge> edges = new HashSet<>(model.edges());
        wireViews.keySet().removeIf(edge -> {
            if (!edges.contains(edge)) {
                wires.getChildren().remove(wireViews.get(edge));
                return true;
            }
            return false;
        });
        for (Edge edge : edges) {
            NodeView from = nodeViews.get(edge.from());
            NodeView to = nodeViews.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            WireView view = wireViews.computeIfAbsent(edge, e -> {
                WireView w = new WireView(e);
                wires.getChildren().add(w);
                return w;
            });
            view.show(wireGeometry(from, to, edge.port()), model.wireLabel(edge), model.wireBroken(edge));
        }
        WireLabelPlacement.placeAll(model.edges(), wireViews, nodeViews.values());
        model.selection().retain(present, edges);
        showSelection();
    }

    void showSelection() {
        Selection s = model.selection();
        nodeViews.forEach((id, v) -> v.setSelected(s.contains(id)));
        wireViews.forEach((edge, w) -> w.setSelected(s.wire().filter(edge::equals).isPresent()));
    }

    private NodeGeometry geometryOf(NodeFace face) {
        Point p = model.position(face.id());
        Point sliding = layoutAnimation.offset(face.id());
        double dx = (dragged.contains(face.id()) ? dragDx : 0) + sliding.x();
        double dy = (dragged.contains(face.id()) ? dragDy : 0) + sliding.y();
        return new NodeGeometry(p.x() + dx, p.y() + dy, face.inPorts(), face.hasOutPort());
    }

    static WireGeometry wireGeometry(NodeView from, NodeView to, int port) {
        return new WireGeometry(from.geometry().outPort(), to.geometry().inPort(Math.min(port,
                Math.max(0, to.inPortCount() - 1))));
    }

    /**
     * While the view is panned, each view is kept as a picture that the pan only slides, instead of drawing its
     * text again every frame; the pictures are a little soft, so views are drawn sharp again when the pan ends.
     */
    void keepAsPictures(boolean on) {
        nodeViews.values().forEach(v -> v.setCache(on));
        wireViews.values().forEach(w -> w.setCache(on));
    }

    Set<NodeId> dragged() {
        return dragged;
    }

    /** Shows the given nodes moved by (dx, dy) without changing the model, while a move is dragged. */
    void previewMove(Set<NodeId> ids, double dx, double dy) {
        dragged = Set.copyOf(ids);
        dragDx = dx;
        dragDy = dy;
        // Only the moving nodes and their wires change: on a big model redrawing all would drop frames.
        for (NodeId id : dragged) {
            NodeView v = nodeViews.get(id);
            if (v != null) {
                v.show(v.face(), geometryOf(v.face()));
            }
        }
        wireViews.forEach((edge, w) -> {
            if (dragged.contains(edge.from()) || dragged.contains(edge.to())) {
                NodeView from = nodeViews.get(edge.from());
                NodeView to = nodeViews.get(edge.to());
                w.show(wireGeometry(from, to, edge.port()), w.labelText(), w.getPseudoClassStates()
                        .contains(Styles.ERROR));
            }
        });
        WireLabelPlacement.placeAround(dragged, wireViews, nodeViews.values());
    }

    /** Back in place, in case the move that follows is refused or moves nothing. */
    void endPreview() {
        dragged = Set.of();
        dragDx = 0;
        dragDy = 0;
        refresh();
    }
}

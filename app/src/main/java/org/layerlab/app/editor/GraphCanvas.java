package org.layerlab.app.editor;

import org.layerlab.app.editor.draw.NodeFace;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;

/**
 * The design canvas: node and wire views over a grid, with pan and zoom. It shows what the
 * {@link EditorModel} holds and turns presses into {@link Gesture}s; every change of the model goes
 * through the model's commands, never through the views.
 */
public final class GraphCanvas extends Pane {
    private static final double HINT_WIDTH = 460;
    private static final double FIT_MARGIN = 40;
    private static final double FAR_SCALE = 0.5;
    private static final javafx.css.PseudoClass FAR = javafx.css.PseudoClass.getPseudoClass("far");
    private static final javafx.css.PseudoClass TINY = javafx.css.PseudoClass.getPseudoClass("tiny");

    private final EditorModel model;
    private final Viewport viewport = new Viewport();
    private final GridLayer grid = new GridLayer();
    private final Group content = new Group();
    private final Group wires = new Group();
    private final Group nodes = new Group();
    private final Group overlay = new Group();
    private final Label hint;
    private final Map<NodeId, NodeView> nodeViews = new HashMap<>();
    private final Map<Edge, WireView> wireViews = new HashMap<>();
    private final QuickAdd quickAdd;
    private final FindLayer find;
    private final LayoutAnimation layoutAnimation = new LayoutAnimation(this::refresh);
    private final CanvasDetail detail = new CanvasDetail(viewport);
    /** Nodes shown away from their place while a move is dragged, by how far. */
    private Set<NodeId> dragged = Set.of();
    private double dragDx;
    private double dragDy;
    private final javafx.util.Subscription listening;

    public GraphCanvas(EditorModel model, String hintText) {
        this.model = model;
        this.quickAdd = new QuickAdd(this);
        this.find = new FindLayer(this);
        setId("canvas");
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        Translate pan = new Translate();
        pan.xProperty().bind(viewport.offsetXProperty());
        pan.yProperty().bind(viewport.offsetYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(viewport.scaleProperty());
        zoom.yProperty().bind(viewport.scaleProperty());
        content.getTransforms().addAll(pan, zoom);
        content.getChildren().addAll(wires, nodes, overlay);
        content.setManaged(false);
        hint = new Label(hintText);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        getChildren().addAll(grid, content, hint, detail.minimap());

        viewport.scaleProperty().addListener(o -> {
            // Zoomed far out the small print cannot be read: nodes show their header and shape only, and
            // further out plain boxes, which also draw much faster.
            pseudoClassStateChanged(FAR, viewport.scale() < FAR_SCALE);
            pseudoClassStateChanged(TINY, viewport.scale() < CanvasDetail.TINY_SCALE);
            requestLayout();
        });
        viewport.offsetXProperty().addListener(o -> requestLayout());
        viewport.offsetYProperty().addListener(o -> requestLayout());
        listening = model.addChangeListener(this::refresh).and(model.selection().addListener(this::showSelection));
        new CanvasInput(this).install();
        refresh();
    }

    /** For a canvas taken out of its window: it no longer follows the model, nor slides nodes. */
    public void stopListening() {
        listening.unsubscribe();
        layoutAnimation.stop();
    }

    public EditorModel model() {
        return model;
    }

    public Viewport viewport() {
        return viewport;
    }

    public Collection<NodeView> nodeViews() {
        return nodeViews.values();
    }

    public Optional<NodeView> nodeView(NodeId id) {
        return Optional.ofNullable(nodeViews.get(id));
    }

    public Collection<WireView> wireViews() {
        return wireViews.values();
    }

    /** Brings every view in line with the model: nodes and wires added, removed and redrawn. */
    public void refresh() {
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
        hint.setVisible(present.isEmpty());
        model.selection().retain(present, edges);
        showSelection();
        requestLayout();
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
        requestLayout();
    }

    void endPreview() {
        dragged = Set.of();
        dragDx = 0;
        dragDy = 0;
        // Back in place, in case the move that follows is refused or moves nothing.
        refresh();
    }

    private void showSelection() {
        requestLayout();
        Selection s = model.selection();
        nodeViews.forEach((id, v) -> v.setSelected(s.contains(id)));
        wireViews.forEach((edge, w) -> w.setSelected(s.wire().filter(edge::equals).isPresent()));
    }

    void showOverlay(Node node) {
        overlay.getChildren().add(node);
    }

    void hideOverlay(Node node) {
        overlay.getChildren().remove(node);
    }

    /** The topmost node whose box holds the point. */
    Optional<NodeView> nodeAt(Point p) {
        List<Node> stack = nodes.getChildren();
        for (int i = stack.size() - 1; i >= 0; i--) {
            NodeView v = (NodeView) stack.get(i);
            if (v.geometry().contains(p)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    Optional<NodeView> outPortAt(Point p) {
        double reach = NodeGeometry.PORT_REACH / viewport.scale();
        return nodeViews.values().stream().filter(v -> v.face().hasOutPort())
                .filter(v -> v.geometry().outPort().distanceTo(p) <= reach).findFirst();
    }

    /** The input port nearest the point within reach, as (node, port). */
    Optional<PortRef> inPortAt(Point p) {
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

    /** Zooms so the whole model shows, or resets the view of an empty one. */
    public void zoomToFit() {
        if (nodeViews.isEmpty()) {
            viewport.fit(0, 0, getWidth(), getHeight(), getWidth(), getHeight(), 0);
            return;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (NodeView v : nodeViews.values()) {
            NodeGeometry g = v.geometry();
            left = Math.min(left, g.x());
            top = Math.min(top, g.y());
            right = Math.max(right, g.x() + g.width());
            bottom = Math.max(bottom, g.y() + g.height() + 30);
        }
        viewport.fit(left, top, right, bottom, getWidth(), getHeight(), FIT_MARGIN);
    }

    /**
     * Lays every layer out left to right, as one move that one undo takes back, and slides the nodes to
     * their new places. Only ever on request: opening a file never moves a placed layer.
     */
    public void autoLayout() {
        Map<NodeId, Point> before = new HashMap<>();
        nodeViews.keySet().forEach(id -> before.put(id, model.position(id)));
        if (!model.autoLayout()) {
            return;
        }
        Map<NodeId, Point> offsets = new HashMap<>();
        before.forEach((id, old) -> {
            Point now = model.position(id);
            offsets.put(id, new Point(old.x() - now.x(), old.y() - now.y()));
        });
        layoutAnimation.play(offsets);
    }

    public void zoomBy(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Opens the quick-add list at the centre of the view, adding an unwired layer. */
    public void openQuickAdd() {
        quickAdd.open(viewport.toCanvas(getWidth() / 2, getHeight() / 3), null);
    }

    /**
     * Adds a layer dropped from the palette: its header under the pointer, inserted into the wire it
     * was dropped on, if any.
     */
    public void dropLayer(String className, Point at) {
        Point topLeft = new Point(at.x() - NodeGeometry.WIDTH / 2, at.y() - NodeGeometry.HEADER / 2);
        Optional<WireView> wire = wireAt(at);
        if (wire.isPresent()) {
            model.addOnWire(className, topLeft, wire.get().edge());
        } else {
            model.addLayer(className, topLeft, null);
        }
        requestFocus();
    }

    /** Ctrl+F: finds a layer by name. */
    public void openFind() {
        find.open();
    }

    /** Pans so the node is in the middle of the view. */
    public void centreOn(NodeId id) {
        NodeView v = nodeViews.get(id);
        if (v != null) {
            Point c = v.geometry().centre();
            Point now = viewport.toScreen(c);
            viewport.panBy(getWidth() / 2 - now.x(), getHeight() / 2 - now.y());
        }
    }

    /** The canvas point at a scene point, for drops from outside the canvas. */
    public Optional<Point> canvasPointAtScene(double sceneX, double sceneY) {
        javafx.geometry.Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            return Optional.empty();
        }
        return Optional.of(viewport.toCanvas(local.getX(), local.getY()));
    }

    QuickAdd quickAdd() {
        return quickAdd;
    }

    /** Closes the quick-add and find lists, as a press elsewhere on the canvas does. */
    void closePopups() {
        quickAdd.close();
        if (find.isVisible()) {
            find.close();
        }
    }

    @Override
    protected void layoutChildren() {
        grid.draw(getWidth(), getHeight(), viewport);
        double width = Math.max(0, Math.min(HINT_WIDTH, getWidth() - 48));
        double height = hint.prefHeight(width);
        hint.resizeRelocate(Math.round((getWidth() - width) / 2), Math.round((getHeight() - height) / 2), width, height);
        quickAdd.layoutIn(getWidth(), getHeight());
        detail.update(getWidth(), getHeight(), nodeViews.values(), wireViews.values(), content, wires, nodes, grid,
                model.selection(), isDark());
    }

    private boolean isDark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
    }
}

package org.layerlab.app.editor;

import java.util.Collection;
import java.util.HashMap;
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
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
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
    private final Group overlay = new Group();
    private final Label hint;
    private final QuickAdd quickAdd;
    private final FindLayer find;
    private final LayoutAnimation layoutAnimation = new LayoutAnimation(this::refresh);
    private final CanvasViews views;
    private final CanvasDetail detail = new CanvasDetail(viewport);
    private final CanvasHits hits;
    private final javafx.util.Subscription listening;

    public GraphCanvas(EditorModel model, String hintText) {
        this.model = model;
        this.views = new CanvasViews(model, layoutAnimation);
        this.hits = new CanvasHits(views, viewport);
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
        content.getChildren().addAll(views.wires, views.nodes, overlay);
        content.setManaged(false);
        hint = new Label(hintText);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        getChildren().add(grid);
        getChildren().addAll(detail.boxes());
        getChildren().addAll(content, hint, detail.minimap());

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
        // A label is measured with the scene's style sheets: a canvas built before its scene measures again.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                refresh();
            }
        });
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
        return views.nodeViews.values();
    }

    public Optional<NodeView> nodeView(NodeId id) {
        return Optional.ofNullable(views.nodeViews.get(id));
    }

    public Collection<WireView> wireViews() {
        return views.wireViews.values();
    }

    CanvasHits hits() {
        return hits;
    }

    /** Brings every view in line with the model: nodes and wires added, removed and redrawn. */
    public void refresh() {
        views.refresh();
        hint.setVisible(views.nodeViews.isEmpty());
        detail.invalidate();
        requestLayout();
    }

    /** Shows the given nodes moved by (dx, dy) without changing the model, while a move is dragged. */
    void previewMove(Set<NodeId> ids, double dx, double dy) {
        views.previewMove(ids, dx, dy);
        requestLayout();
    }

    void endPreview() {
        views.endPreview();
        detail.invalidate();
        requestLayout();
    }

    /** A pan starts or ends. */
    void setPanning(boolean panning) {
        views.keepAsPictures(panning);
    }

    private void showSelection() {
        views.showSelection();
        detail.invalidate();
        requestLayout();
    }

    void showOverlay(Node node) {
        overlay.getChildren().add(node);
    }

    void hideOverlay(Node node) {
        overlay.getChildren().remove(node);
    }

    /** Zooms so the whole model shows, or resets the view of an empty one. */
    public void zoomToFit() {
        if (views.nodeViews.isEmpty()) {
            viewport.fit(0, 0, getWidth(), getHeight(), getWidth(), getHeight(), 0);
            return;
        }
        Box all = modelBox(id -> {
            NodeGeometry g = views.nodeViews.get(id).geometry();
            return new Point(g.x(), g.y());
        });
        viewport.fit(all.left(), all.top(), all.right(), all.bottom(), getWidth(), getHeight(), FIT_MARGIN);
    }

    /** The box around every node at the given places, with room below for a problem note. */
    private Box modelBox(java.util.function.Function<NodeId, Point> placeOf) {
        Box all = null;
        for (NodeView v : views.nodeViews.values()) {
            Point p = placeOf.apply(v.id());
            Box b = Box.of(p.x(), p.y(), v.geometry().width(), v.geometry().height() + 30);
            all = all == null ? b : all.union(b);
        }
        return all;
    }

    /**
     * Lays every layer out left to right, as one move that one undo takes back, and slides the nodes to
     * their new places. Only ever on request: opening a file never moves a placed layer.
     */
    public void autoLayout() {
        Map<NodeId, Point> before = new HashMap<>();
        views.nodeViews.keySet().forEach(id -> before.put(id, model.position(id)));
        if (!model.autoLayout()) {
            return;
        }
        Map<NodeId, Point> offsets = new HashMap<>();
        before.forEach((id, old) -> {
            Point now = model.position(id);
            offsets.put(id, new Point(old.x() - now.x(), old.y() - now.y()));
        });
        layoutAnimation.play(offsets);
        // A laid-out model can be wider than the arrangement it replaces: keep all of it in view.
        Box after = modelBox(model::position);
        Point a = viewport.toScreen(new Point(after.left(), after.top()));
        Point b = viewport.toScreen(new Point(after.right(), after.bottom()));
        if (a.x() < 0 || a.y() < 0 || b.x() > getWidth() || b.y() > getHeight()) {
            viewport.fit(after.left(), after.top(), after.right(), after.bottom(), getWidth(), getHeight(), FIT_MARGIN);
        }
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
        Optional<WireView> wire = hits.wireAt(at);
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
        NodeView v = views.nodeViews.get(id);
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
        grid.draw(getWidth(), getHeight(), viewport, isDark());
        double width = Math.max(0, Math.min(HINT_WIDTH, getWidth() - 48));
        double height = hint.prefHeight(width);
        hint.resizeRelocate(Math.round((getWidth() - width) / 2), Math.round((getHeight() - height) / 2), width, height);
        quickAdd.layoutIn(getWidth(), getHeight());
        if (detail.update(getWidth(), getHeight(), views.nodeViews.values(), views.wireViews.values(), content,
                views.wires, views.nodes, model.selection(), isDark(), views.dragged())) {
            views.refresh();
        }
    }

    private boolean isDark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
    }
}

package org.layerlab.app.editor;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;

/**
 * What the canvas draws at the current pan and zoom, so that a model of a thousand layers stays quick:
 * near, only the views in or close to the view are shown; far out (below {@link #TINY_SCALE}) the views
 * leave the scene graph and the model is drawn as plain boxes on one canvas; the minimap shows
 * whenever the model does not fit.
 */
final class CanvasDetail {
    static final double TINY_SCALE = 0.3;
    /** How far beyond the view, in screen pixels, views stay shown, so a short pan shows no gap. */
    private static final double CULL_MARGIN = 80;
    private static final double MINIMAP_INSET = 12;

    private final Viewport viewport;
    private final Minimap minimap;
    private final BoxesLayer boxes = new BoxesLayer();
    private final MovingBoxes movingBoxes = new MovingBoxes();

    CanvasDetail(Viewport viewport) {
        this.viewport = viewport;
        this.minimap = new Minimap(viewport);
    }

    /** The canvases that draw the model far out, bottom first. */
    List<Node> boxes() {
        return List.of(boxes, movingBoxes);
    }

    /** Something drawn changed: the model or the selection. */
    void invalidate() {
        boxes.invalidate();
    }

    Minimap minimap() {
        return minimap;
    }

    /**
     * Called on each layout of the canvas.
     *
     * @param content the canvas's content group, holding {@code wires} and {@code nodes} when near
     * @param dragged the layers shown moved by a drag under way
     * @return true when the views came back into the scene: views made while they were out could not measure
     *     their labels, which takes the scene's style sheets
     */
    boolean update(double width, double height, Collection<NodeView> nodes, Collection<WireView> wires, Group content,
            Group wireGroup, Group nodeGroup, Selection selection, boolean dark, Set<NodeId> dragged) {
        boolean tiny = viewport.scale() < TINY_SCALE;
        // Far out the views stay for hit tests but leave the scene graph, so panning does not recompute the
        // bounds of a thousand views; the overlay (marquee, a wire being dragged) stays.
        boolean back = false;
        if (tiny && content.getChildren().contains(nodeGroup)) {
            content.getChildren().removeAll(wireGroup, nodeGroup);
        } else if (!tiny && !content.getChildren().contains(nodeGroup)) {
            content.getChildren().addAll(0, List.of(wireGroup, nodeGroup));
            back = true;
        }
        if (tiny) {
            boxes.show(width, height, nodes, wires, viewport, selection, dark, dragged);
            movingBoxes.show(nodes.stream().filter(v -> dragged.contains(v.id())).toList(),
                    wires.stream().filter(w -> dragged.contains(w.edge().from()) || dragged.contains(w.edge().to()))
                            .toList(), viewport, dark);
        } else {
            boxes.hide();
            movingBoxes.hide();
            cull(width, height, nodes, wires);
        }
        showMinimap(width, height, nodes, dark);
        return back;
    }

    private void cull(double width, double height, Collection<NodeView> nodes, Collection<WireView> wires) {
        double margin = CULL_MARGIN / viewport.scale();
        Point a = viewport.toCanvas(0, 0);
        Point b = viewport.toCanvas(width, height);
        double left = a.x() - margin;
        double top = a.y() - margin;
        double right = b.x() + margin;
        double bottom = b.y() + margin;
        for (NodeView v : nodes) {
            v.setVisible(v.geometry().intersects(left, top, right, bottom));
        }
        for (WireView w : wires) {
            Point from = w.geometry().from();
            Point to = w.geometry().to();
            // Curves bulge sideways by up to the loop of a backward wire.
            w.setVisible(Math.max(from.x(), to.x()) + 60 >= left && Math.min(from.x(), to.x()) - 60 <= right
                    && Math.max(from.y(), to.y()) >= top && Math.min(from.y(), to.y()) <= bottom);
        }
    }

    /** The minimap, when some node is out of view or the model is shown small. */
    private void showMinimap(double width, double height, Collection<NodeView> nodes, boolean dark) {
        Point a = viewport.toCanvas(0, 0);
        Point b = viewport.toCanvas(width, height);
        boolean needed = viewport.scale() < TINY_SCALE
                || nodes.stream().anyMatch(v -> !v.geometry().intersects(a.x(), a.y(), b.x(), b.y()));
        minimap.setVisible(needed && width > 3 * Minimap.WIDTH);
        if (minimap.isVisible()) {
            minimap.draw(nodes, width, height, dark);
            minimap.relocate(width - Minimap.WIDTH - MINIMAP_INSET, height - minimap.getHeight() - MINIMAP_INSET);
        }
    }
}

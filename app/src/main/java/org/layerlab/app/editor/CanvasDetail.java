package org.layerlab.app.editor;

import java.util.Collection;
import java.util.List;
import javafx.scene.Group;
import org.layerlab.app.editor.draw.Point;

/**
 * What the canvas draws at the current pan and zoom, so that a model of a thousand layers stays quick:
 * near, only the views in or close to the view are shown; far out (below {@link #TINY_SCALE}) the views
 * leave the scene graph and the model is drawn as plain boxes on the grid's canvas; the minimap shows
 * whenever the model does not fit.
 */
final class CanvasDetail {
    static final double TINY_SCALE = 0.3;
    /** How far beyond the view, in screen pixels, views stay shown, so a short pan shows no gap. */
    private static final double CULL_MARGIN = 80;
    private static final double MINIMAP_INSET = 12;

    private final Viewport viewport;
    private final Minimap minimap;

    CanvasDetail(Viewport viewport) {
        this.viewport = viewport;
        this.minimap = new Minimap(viewport);
    }

    Minimap minimap() {
        return minimap;
    }

    /**
     * Called on each layout of the canvas, after the grid is drawn.
     *
     * @param content the canvas's content group, holding {@code wires} and {@code nodes} when near
     */
    void update(double width, double height, Collection<NodeView> nodes, Collection<WireView> wires, Group content,
            Group wireGroup, Group nodeGroup, GridLayer grid, Selection selection, boolean dark) {
        boolean tiny = viewport.scale() < TINY_SCALE;
        // Far out the views stay for hit tests but leave the scene graph, so panning does not recompute the
        // bounds of a thousand views; the overlay (marquee, a wire being dragged) stays.
        if (tiny && content.getChildren().contains(nodeGroup)) {
            content.getChildren().removeAll(wireGroup, nodeGroup);
        } else if (!tiny && !content.getChildren().contains(nodeGroup)) {
            content.getChildren().addAll(0, List.of(wireGroup, nodeGroup));
        }
        if (tiny) {
            BoxesLayer.draw(grid.getGraphicsContext2D(), nodes, wires, viewport, width, height, selection, dark);
        } else {
            cull(width, height, nodes, wires);
        }
        showMinimap(width, height, nodes, dark);
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

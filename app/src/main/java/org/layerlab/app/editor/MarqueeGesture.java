package org.layerlab.app.editor;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;

/** A drag on empty canvas: selects the nodes the rectangle touches (added to the selection with Ctrl or Shift). */
final class MarqueeGesture implements Gesture {
    private final GraphCanvas canvas;
    private final Point start;
    private final Set<NodeId> before;
    private final Rectangle box = new Rectangle();

    MarqueeGesture(GraphCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        this.start = canvas.viewport().toCanvas(press.getX(), press.getY());
        boolean adding = press.isShortcutDown() || press.isShiftDown();
        this.before = adding ? Set.copyOf(canvas.model().selection().nodes()) : Set.of();
        if (!adding) {
            canvas.model().selection().clear();
        }
        box.getStyleClass().add("marquee");
        box.setMouseTransparent(true);
    }

    @Override
    public void drag(MouseEvent e) {
        Point now = canvas.viewport().toCanvas(e.getX(), e.getY());
        double left = Math.min(start.x(), now.x());
        double top = Math.min(start.y(), now.y());
        double right = Math.max(start.x(), now.x());
        double bottom = Math.max(start.y(), now.y());
        if (box.getParent() == null) {
            canvas.showOverlay(box);
        }
        box.setX(left);
        box.setY(top);
        box.setWidth(right - left);
        box.setHeight(bottom - top);
        Set<NodeId> chosen = new HashSet<>(before);
        for (NodeView v : canvas.nodeViews()) {
            if (v.geometry().intersects(left, top, right, bottom)) {
                chosen.add(v.id());
            }
        }
        canvas.model().selection().selectNodes(chosen);
    }

    @Override
    public void release(MouseEvent e) {
        canvas.hideOverlay(box);
    }
}

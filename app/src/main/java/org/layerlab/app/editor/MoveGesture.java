package org.layerlab.app.editor;

import java.util.Optional;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;

/**
 * A drag on a node: selects it (Ctrl toggles it instead) and moves the selection, snapped to the grid.
 * The model changes once, on release, as one command; a lone unwired node dropped onto a wire is
 * inserted into it.
 */
final class MoveGesture implements Gesture {
    private static final double SLOP = 3;

    private final GraphCanvas canvas;
    private final NodeView grabbed;
    private final Point start;
    private final Set<NodeId> moving;
    private double dx;
    private double dy;
    private boolean moved;

    MoveGesture(GraphCanvas canvas, NodeView grabbed, MouseEvent press) {
        this.canvas = canvas;
        this.grabbed = grabbed;
        this.start = canvas.viewport().toCanvas(press.getX(), press.getY());
        Selection selection = canvas.model().selection();
        if (press.isShortcutDown()) {
            selection.toggle(grabbed.id());
        } else if (!selection.contains(grabbed.id())) {
            selection.select(grabbed.id());
        }
        moving = selection.contains(grabbed.id()) ? selection.nodes() : Set.of();
    }

    @Override
    public void drag(MouseEvent e) {
        if (moving.isEmpty()) {
            return;
        }
        Point now = canvas.viewport().toCanvas(e.getX(), e.getY());
        double rawDx = now.x() - start.x();
        double rawDy = now.y() - start.y();
        if (!moved && Math.hypot(rawDx, rawDy) * canvas.viewport().scale() < SLOP) {
            return;
        }
        moved = true;
        // The grabbed node lands on the grid; the others keep their places relative to it.
        Point origin = canvas.model().position(grabbed.id());
        dx = snap(origin.x() + rawDx) - origin.x();
        dy = snap(origin.y() + rawDy) - origin.y();
        canvas.previewMove(moving, dx, dy);
        canvas.wireViews().forEach(w -> w.setHighlighted(false));
        dropTarget(now).ifPresent(w -> w.setHighlighted(true));
    }

    @Override
    public void release(MouseEvent e) {
        canvas.endPreview();
        canvas.wireViews().forEach(w -> w.setHighlighted(false));
        if (!moved) {
            return;
        }
        Optional<WireView> wire = dropTarget(canvas.viewport().toCanvas(e.getX(), e.getY()));
        if (wire.isPresent()) {
            canvas.model().moveAndInsert(grabbed.id(), dx, dy, wire.get().edge());
        } else {
            canvas.model().move(moving, dx, dy);
        }
    }

    /** A wire under the pointer, when one unwired node is being moved. */
    private Optional<WireView> dropTarget(Point p) {
        if (moving.size() != 1 || !canvas.model().isUnwired(grabbed.id())) {
            return Optional.empty();
        }
        return canvas.hits().wireAt(p);
    }

    static double snap(double v) {
        return Math.round(v / GridLayer.STEP) * GridLayer.STEP;
    }
}

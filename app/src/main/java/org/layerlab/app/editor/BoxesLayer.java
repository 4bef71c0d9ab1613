package org.layerlab.app.editor;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;
import org.layerlab.core.graph.NodeId;

/**
 * The model zoomed far out, drawn as plain boxes and wires on one canvas instead of a thousand node views: at
 * that size no text can be read, and one canvas costs a few milliseconds where the views would cost tens.
 * It holds the part of the model in and around the view, so a pan only slides it; it is drawn again when the
 * model, the selection or the zoom changes, or a pan reaches past what it holds. Layers being dragged are left
 * out: {@link MovingBoxes} draws them, so a drag does not redraw the whole model every frame.
 */
final class BoxesLayer extends Canvas {
    /** How much beyond the view, as a part of the view's larger side, is drawn on each side. */
    private static final double AROUND = 0.25;

    private Box drawn;
    private double drawnScale;
    private boolean drawnDark;
    private Set<NodeId> drawnWithout = Set.of();
    private Box modelBounds;

    BoxesLayer() {
        setMouseTransparent(true);
        setVisible(false);
    }

    /** The model or the selection changed: draw again before the next frame. */
    void invalidate() {
        drawn = null;
    }

    void hide() {
        if (isVisible()) {
            setVisible(false);
            setWidth(0);
            setHeight(0);
            drawn = null;
        }
    }

    /** Shows every layer but those in {@code without}, and the wires that do not touch them. */
    void show(double width, double height, Collection<NodeView> nodes, Collection<WireView> wires, Viewport viewport,
            Selection selection, boolean dark, Set<NodeId> without) {
        setVisible(true);
        Point a = viewport.toCanvas(0, 0);
        Point b = viewport.toCanvas(width, height);
        Box view = new Box(a.x(), a.y(), b.x(), b.y());
        if (drawn == null || viewport.scale() != drawnScale || dark != drawnDark || !without.equals(drawnWithout)
                || !holds(view)) {
            modelBounds = bounds(nodes, wires);
            drawn = modelBounds.intersection(view.grownBy(AROUND * Math.max(view.width(), view.height())))
                    .orElse(Box.of(view.left(), view.top(), 0, 0));
            drawnScale = viewport.scale();
            drawnDark = dark;
            drawnWithout = Set.copyOf(without);
            paint(nodes, wires, selection);
        }
        Point at = viewport.toScreen(new Point(drawn.left(), drawn.top()));
        relocate(Math.round(at.x()), Math.round(at.y()));
    }

    /** True when what is drawn holds every part of the model in the view. */
    private boolean holds(Box view) {
        Optional<Box> needed = modelBounds.intersection(view);
        return needed.isEmpty() || drawn.contains(needed.get());
    }

    /** The box that holds the given layers and wires; a cubic curve stays inside its control points' box. */
    static Box bounds(Collection<NodeView> nodes, Collection<WireView> wires) {
        Box all = null;
        for (NodeView v : nodes) {
            NodeGeometry n = v.geometry();
            Box b = Box.of(n.x(), n.y(), n.width(), n.height());
            all = all == null ? b : all.union(b);
        }
        for (WireView w : wires) {
            for (WireGeometry.Cubic c : w.geometry().segments()) {
                for (Point p : new Point[] {c.start(), c.control1(), c.control2(), c.end()}) {
                    Box b = Box.of(p.x(), p.y(), 0, 0);
                    all = all == null ? b : all.union(b);
                }
            }
        }
        return (all == null ? Box.of(0, 0, 0, 0) : all).grownBy(2);
    }

    private void paint(Collection<NodeView> nodes, Collection<WireView> wires, Selection selection) {
        setWidth(Math.ceil(drawn.width() * drawnScale) + 1);
        setHeight(Math.ceil(drawn.height() * drawnScale) + 1);
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        BoxPainter painter = new BoxPainter(getGraphicsContext2D(), drawn.left(), drawn.top(), drawnScale, drawnDark);
        for (WireView w : wires) {
            WireGeometry geometry = w.geometry();
            if (drawnWithout.contains(w.edge().from()) || drawnWithout.contains(w.edge().to())
                    || Math.max(geometry.from().x(), geometry.to().x()) < drawn.left()
                    || Math.min(geometry.from().x(), geometry.to().x()) > drawn.right()) {
                continue;
            }
            painter.wire(geometry);
        }
        for (NodeView v : nodes) {
            if (!drawnWithout.contains(v.id())
                    && v.geometry().intersects(drawn.left(), drawn.top(), drawn.right(), drawn.bottom())) {
                painter.box(v, selection.contains(v.id()));
            }
        }
    }
}

package org.layerlab.app.editor;

import java.util.Collection;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;

/**
 * The model zoomed far out, drawn as plain boxes and wires on the grid's canvas instead of a thousand node views:
 * at that size no text can be read, and one canvas costs a few milliseconds a frame where the views
 * would cost tens. Only what is in view is drawn.
 */
final class BoxesLayer {

    private BoxesLayer() {
    }

    /** Draws over the grid, on its canvas: one canvas a frame rather than two. */
    static void draw(GraphicsContext g, Collection<NodeView> nodes, Collection<WireView> wires, Viewport viewport,
            double width, double height, Selection selection, boolean dark) {
        double s = viewport.scale();
        Point topLeft = viewport.toCanvas(0, 0);
        Point bottomRight = viewport.toCanvas(width, height);
        g.setStroke(dark ? Color.web("#6e7681") : Color.web("#8c959f"));
        g.setLineWidth(Math.max(0.75, 2 * s));
        for (WireView w : wires) {
            WireGeometry geometry = w.geometry();
            if (Math.max(geometry.from().x(), geometry.to().x()) < topLeft.x()
                    || Math.min(geometry.from().x(), geometry.to().x()) > bottomRight.x()) {
                continue;
            }
            g.beginPath();
            Point start = viewport.toScreen(geometry.from());
            g.moveTo(start.x(), start.y());
            for (WireGeometry.Cubic c : geometry.segments()) {
                Point c1 = viewport.toScreen(c.control1());
                Point c2 = viewport.toScreen(c.control2());
                Point end = viewport.toScreen(c.end());
                g.bezierCurveTo(c1.x(), c1.y(), c2.x(), c2.y(), end.x(), end.y());
            }
            g.stroke();
        }
        Color fill = dark ? Color.web("#1c2128") : Color.WHITE;
        Color header = dark ? Color.web("#15304b") : Color.web("#e3f0fa");
        Color border = dark ? Color.web("#3d444d") : Color.web("#c5ced8");
        Color selected = dark ? Color.web("#4493f8") : Color.web("#0877bd");
        Color error = dark ? Color.web("#f85149") : Color.web("#d1242f");
        g.setLineWidth(1);
        for (NodeView v : nodes) {
            NodeGeometry n = v.geometry();
            if (!n.intersects(topLeft.x(), topLeft.y(), bottomRight.x(), bottomRight.y())) {
                continue;
            }
            Point p = viewport.toScreen(new Point(n.x(), n.y()));
            double w = n.width() * s;
            double h = n.height() * s;
            g.setFill(fill);
            g.fillRect(p.x(), p.y(), w, h);
            g.setFill(header);
            g.fillRect(p.x(), p.y(), w, NodeGeometry.HEADER * s);
            boolean isSelected = selection.contains(v.id());
            g.setStroke(isSelected ? selected : v.face().problem() != null ? error : border);
            g.setLineWidth(isSelected ? 2 : 1);
            g.strokeRect(p.x() + 0.5, p.y() + 0.5, w, h);
        }
    }
}

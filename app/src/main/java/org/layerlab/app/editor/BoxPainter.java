package org.layerlab.app.editor;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;

/** How a layer and a wire look zoomed far out (a plain box, a line), on whichever canvas draws them. */
final class BoxPainter {
    private final GraphicsContext g;
    private final double left;
    private final double top;
    private final double scale;
    private final Color wire;
    private final Color fill;
    private final Color header;
    private final Color border;
    private final Color selected;
    private final Color error;

    /** Draws canvas point ({@code left}, {@code top}) at the drawing's origin, {@code scale} pixels a unit. */
    BoxPainter(GraphicsContext g, double left, double top, double scale, boolean dark) {
        this.g = g;
        this.left = left;
        this.top = top;
        this.scale = scale;
        wire = dark ? Color.web("#6e7681") : Color.web("#8c959f");
        fill = dark ? Color.web("#1c2128") : Color.WHITE;
        header = dark ? Color.web("#15304b") : Color.web("#e3f0fa");
        border = dark ? Color.web("#3d444d") : Color.web("#c5ced8");
        selected = dark ? Color.web("#4493f8") : Color.web("#0877bd");
        error = dark ? Color.web("#f85149") : Color.web("#d1242f");
    }

    void wire(WireGeometry geometry) {
        g.setStroke(wire);
        g.setLineWidth(Math.max(0.75, 2 * scale));
        g.beginPath();
        g.moveTo(x(geometry.from()), y(geometry.from()));
        for (WireGeometry.Cubic c : geometry.segments()) {
            g.bezierCurveTo(x(c.control1()), y(c.control1()), x(c.control2()), y(c.control2()), x(c.end()),
                    y(c.end()));
        }
        g.stroke();
    }

    void box(NodeView v, boolean isSelected) {
        NodeGeometry n = v.geometry();
        Point p = new Point(n.x(), n.y());
        double w = n.width() * scale;
        double h = n.height() * scale;
        g.setFill(fill);
        g.fillRect(x(p), y(p), w, h);
        g.setFill(header);
        g.fillRect(x(p), y(p), w, NodeGeometry.HEADER * scale);
        g.setStroke(isSelected ? selected : v.face().problem() != null ? error : border);
        g.setLineWidth(isSelected ? 2 : 1);
        g.strokeRect(x(p) + 0.5, y(p) + 0.5, w, h);
    }

    private double x(Point p) {
        return (p.x() - left) * scale;
    }

    private double y(Point p) {
        return (p.y() - top) * scale;
    }
}

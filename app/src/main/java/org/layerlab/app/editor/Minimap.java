package org.layerlab.app.editor;

import java.util.Collection;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;

/**
 * The whole model in miniature in a corner of the canvas, with the part in view outlined; pressing or
 * dragging in it brings that part into view. Shown when the model does not fit the view.
 */
final class Minimap extends Canvas {
    static final double WIDTH = 200;
    static final double HEIGHT = 130;
    private static final double PAD = 6;
    private final Viewport viewport;
    private Box world = Box.of(0, 0, 1, 1);
    private double scale = 1;
    private double viewWidth;
    private double viewHeight;

    Minimap(Viewport viewport) {
        super(WIDTH, HEIGHT);
        this.viewport = viewport;
        getStyleClass().add("minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreOnPointer);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreOnPointer);
    }

    /** Draws the nodes and the part of the canvas in a view of the given size. */
    void draw(Collection<NodeView> nodes, double width, double height, boolean dark) {
        viewWidth = width;
        viewHeight = height;
        Box all = null;
        for (NodeView v : nodes) {
            NodeGeometry g = v.geometry();
            Box b = Box.of(g.x(), g.y(), g.width(), g.height());
            all = all == null ? b : all.union(b);
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (all == null) {
            return;
        }
        Point topLeft = viewport.toCanvas(0, 0);
        Point bottomRight = viewport.toCanvas(width, height);
        Box view = new Box(topLeft.x(), topLeft.y(), bottomRight.x(), bottomRight.y());
        world = all.union(view);
        scale = Math.min((WIDTH - 2 * PAD) / world.width(), (HEIGHT - 2 * PAD) / world.height());
        // As tall as the model's shape needs, so a wide model gets a flat map.
        setHeight(Math.ceil(world.height() * scale + 2 * PAD));
        double h = getHeight();
        g.setFill(dark ? Color.web("#0d1117", 0.96) : Color.web("#ffffff", 0.96));
        g.fillRoundRect(0, 0, WIDTH, h, 10, 10);
        g.setStroke(dark ? Color.web("#3d444d") : Color.web("#d1d9e0"));
        g.strokeRoundRect(0.5, 0.5, WIDTH - 1, h - 1, 10, 10);
        g.setFill(dark ? Color.web("#4493f8", 0.8) : Color.web("#0877bd", 0.75));
        for (NodeView v : nodes) {
            NodeGeometry n = v.geometry();
            g.fillRect(x(n.x()), y(n.y()), Math.max(1.5, n.width() * scale), Math.max(1.5, n.height() * scale));
        }
        g.setStroke(dark ? Color.web("#f0a045") : Color.web("#f59322"));
        g.setLineWidth(1.5);
        g.strokeRect(x(view.left()), y(view.top()), view.width() * scale, view.height() * scale);
    }

    private double x(double canvasX) {
        return PAD + (canvasX - world.left()) * scale;
    }

    private double y(double canvasY) {
        return PAD + (canvasY - world.top()) * scale;
    }

    private void centreOnPointer(MouseEvent e) {
        double canvasX = world.left() + (e.getX() - PAD) / scale;
        double canvasY = world.top() + (e.getY() - PAD) / scale;
        Point now = viewport.toScreen(new Point(canvasX, canvasY));
        viewport.panBy(viewWidth / 2 - now.x(), viewHeight / 2 - now.y());
        e.consume();
    }
}

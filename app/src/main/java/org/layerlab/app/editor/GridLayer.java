package org.layerlab.app.editor;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The grid behind the model, drawn for the current pan and zoom; sparser when zoomed out. */
final class GridLayer extends Canvas {
    static final double STEP = 20;
    private static final Color PAPER = Color.web("#fbfbfc");
    private static final Color LINE = Color.web("#eceef2");
    private static final Color MAJOR = Color.web("#dfe2e8");
    private static final Color DARK_PAPER = Color.web("#161b22");
    private static final Color DARK_LINE = Color.web("#1f252d");
    private static final Color DARK_MAJOR = Color.web("#2a313b");

    GridLayer() {
        setMouseTransparent(true);
    }

    void draw(double width, double height, Viewport viewport) {
        setWidth(width);
        setHeight(height);
        GraphicsContext g = getGraphicsContext2D();
        // The dark theme marks the scene's root; the grid is drawn in code, so it asks.
        boolean dark = getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
        g.setFill(dark ? DARK_PAPER : PAPER);
        g.fillRect(0, 0, width, height);
        double screenStep = STEP * viewport.scale();
        // Lines closer than 8 pixels would only grey the canvas: draw every fifth then.
        int every = screenStep < 8 ? 5 : 1;
        g.setLineWidth(1);
        Color line = dark ? DARK_LINE : LINE;
        Color major = dark ? DARK_MAJOR : MAJOR;
        lines(g, width, height, viewport.offsetXProperty().get(), screenStep, every, true, line, major);
        lines(g, width, height, viewport.offsetYProperty().get(), screenStep, every, false, line, major);
    }

    private static void lines(GraphicsContext g, double width, double height, double offset, double step, int every,
            boolean vertical, Color line, Color major) {
        double extent = vertical ? width : height;
        long first = (long) Math.floor(-offset / step);
        for (long i = first; offset + i * step <= extent; i++) {
            if (i % every != 0) {
                continue;
            }
            g.setStroke(i % 5 == 0 ? major : line);
            double at = Math.floor(offset + i * step) + 0.5;
            if (vertical) {
                g.strokeLine(at, 0, at, height);
            } else {
                g.strokeLine(0, at, width, at);
            }
        }
    }
}

package org.layerlab.app.editor;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The grid behind the model; sparser when zoomed out. The grid repeats every fifth line, so it is drawn once
 * for a zoom, one repeat larger than the view, and a pan only slides it: redrawing a full-window canvas on
 * every pulse would cost most of a frame with the software pipeline.
 */
final class GridLayer extends Canvas {
    static final double STEP = 20;
    private static final int MAJOR_EVERY = 5;
    private static final Color PAPER = Color.web("#fbfbfc");
    private static final Color LINE = Color.web("#eceef2");
    private static final Color MAJOR = Color.web("#dfe2e8");
    private static final Color DARK_PAPER = Color.web("#161b22");
    private static final Color DARK_LINE = Color.web("#1f252d");
    private static final Color DARK_MAJOR = Color.web("#2a313b");

    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private double drawnScale = -1;
    private boolean drawnDark;

    GridLayer() {
        setMouseTransparent(true);
    }

    void draw(double width, double height, Viewport viewport, boolean dark) {
        double screenStep = STEP * viewport.scale();
        double period = MAJOR_EVERY * screenStep;
        if (width != drawnWidth || height != drawnHeight || viewport.scale() != drawnScale || dark != drawnDark) {
            repaint(width + period + 1, height + period + 1, screenStep, dark);
            drawnWidth = width;
            drawnHeight = height;
            drawnScale = viewport.scale();
            drawnDark = dark;
        }
        // Whole pixels, so the one-pixel lines stay sharp.
        setLayoutX(Math.round(slide(viewport.offsetXProperty().get(), period)));
        setLayoutY(Math.round(slide(viewport.offsetYProperty().get(), period)));
    }

    /** Where the drawn grid goes for a pan offset: between one repeat left of the view and the view's edge. */
    private static double slide(double offset, double period) {
        return offset - Math.floor(offset / period) * period - period;
    }

    private void repaint(double width, double height, double screenStep, boolean dark) {
        setWidth(Math.ceil(width));
        setHeight(Math.ceil(height));
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(dark ? DARK_PAPER : PAPER);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (screenStep * MAJOR_EVERY < 8) {
            // Even every fifth line would be a grey wash the boxes could not stand out from.
            return;
        }
        // Lines closer than 8 pixels would only grey the canvas: only every fifth then.
        int every = screenStep < 8 ? MAJOR_EVERY : 1;
        Color line = dark ? DARK_LINE : LINE;
        Color major = dark ? DARK_MAJOR : MAJOR;
        for (int i = 0; i * screenStep <= Math.max(width, height); i += every) {
            g.setFill(i % MAJOR_EVERY == 0 ? major : line);
            double at = Math.floor(i * screenStep);
            g.fillRect(at, 0, 1, height);
            g.fillRect(0, at, width, 1);
        }
    }
}

package org.layerlab.app.editor;

import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.TextAlignment;

/** The area where the model is drawn, on a light grid; says how to begin while it is empty. */
public final class DesignCanvas extends Pane {
    private static final int GRID_STEP = 20;
    private static final double HINT_WIDTH = 460;
    private static final double HINT_MARGIN = 24;
    private static final Color PAPER = Color.web("#fbfbfc");
    private static final Color GRID_LINE = Color.web("#e7e9ed");

    private final Label hint;

    public DesignCanvas(String hintText) {
        getStyleClass().add("design-canvas");
        setId("canvas");
        setBackground(gridBackground());
        hint = new Label(hintText);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        getChildren().add(hint);
    }

    @Override
    protected void layoutChildren() {
        // Wrapped to a readable measure, and never wider than the canvas, so the hint cannot spill over the palette.
        double width = Math.max(0, Math.min(HINT_WIDTH, getWidth() - 2 * HINT_MARGIN));
        double height = hint.prefHeight(width);
        hint.resize(width, height);
        hint.relocate(Math.round((getWidth() - width) / 2), Math.round((getHeight() - height) / 2));
    }

    /** One grid cell, tiled: crisp one-pixel lines, which a repeating CSS gradient does not give. */
    private static Background gridBackground() {
        WritableImage cell = new WritableImage(GRID_STEP, GRID_STEP);
        PixelWriter pixels = cell.getPixelWriter();
        for (int y = 0; y < GRID_STEP; y++) {
            for (int x = 0; x < GRID_STEP; x++) {
                pixels.setColor(x, y, x == 0 || y == 0 ? GRID_LINE : PAPER);
            }
        }
        return new Background(new BackgroundFill(new ImagePattern(cell, 0, 0, GRID_STEP, GRID_STEP, false), null, null));
    }
}

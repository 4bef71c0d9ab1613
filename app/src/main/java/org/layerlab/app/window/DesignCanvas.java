package org.layerlab.app.window;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** The area where the model is drawn, on a light grid; says how to begin while it is empty. */
final class DesignCanvas extends Pane {
    private final Label hint;

    DesignCanvas(String hintText) {
        getStyleClass().add("design-canvas");
        setId("canvas");
        hint = new Label(hintText);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        getChildren().add(hint);
    }

    @Override
    protected void layoutChildren() {
        hint.autosize();
        hint.relocate(Math.round((getWidth() - hint.getWidth()) / 2), Math.round((getHeight() - hint.getHeight()) / 2));
    }
}

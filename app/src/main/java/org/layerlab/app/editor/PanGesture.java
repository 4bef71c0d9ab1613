package org.layerlab.app.editor;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Middle-button drag, or Space held while dragging: moves the view, not the model. */
final class PanGesture implements Gesture {
    private final GraphCanvas canvas;
    private double lastX;
    private double lastY;

    PanGesture(GraphCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        lastX = press.getX();
        lastY = press.getY();
        canvas.setCursor(Cursor.CLOSED_HAND);
        canvas.setPanning(true);
    }

    @Override
    public void drag(MouseEvent e) {
        canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        canvas.setPanning(false);
    }
}

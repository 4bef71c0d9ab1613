package org.layerlab.app.editor;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.layerlab.app.editor.draw.Point;

/**
 * The canvas's mouse and keys: a press picks the gesture by what is under the pointer (pan with the
 * middle button or Space held, wire from an output port, move a node, select a wire, else a marquee),
 * which then gets the drags and the release; the wheel zooms towards the pointer; a double-click on
 * empty canvas or Tab opens the quick-add list.
 */
final class CanvasInput {
    private static final double WHEEL_ZOOM = 1.0015;

    private final GraphCanvas canvas;
    private Gesture gesture = Gesture.NONE;
    private boolean spaceDown;

    CanvasInput(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> gesture.drag(e));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> spaceDown = spaceDown && e.getCode() != KeyCode.SPACE);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        canvas.closePopups();
        Point p = canvas.viewport().toCanvas(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            gesture = new PanGesture(canvas, e);
        } else if (e.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.NONE;
        } else if (canvas.hits().outPortAt(p).isPresent()) {
            gesture = new WireGesture(canvas, canvas.hits().outPortAt(p).get(), p);
        } else if (canvas.hits().nodeAt(p).isPresent()) {
            gesture = new MoveGesture(canvas, canvas.hits().nodeAt(p).get(), e);
        } else if (canvas.hits().wireAt(p).isPresent()) {
            canvas.model().selection().selectWire(canvas.hits().wireAt(p).get().edge());
            gesture = Gesture.NONE;
        } else {
            gesture = new MarqueeGesture(canvas, e);
        }
    }

    /** The pointer says what a press would do: wire from a port, move a layer, pick a wire. */
    private void hovered(MouseEvent e) {
        Point p = canvas.viewport().toCanvas(e.getX(), e.getY());
        Cursor cursor = spaceDown ? Cursor.OPEN_HAND
                : canvas.hits().outPortAt(p).isPresent() ? Cursor.CROSSHAIR
                : canvas.hits().nodeAt(p).isPresent() ? Cursor.MOVE
                : canvas.hits().wireAt(p).isPresent() ? Cursor.HAND : Cursor.DEFAULT;
        canvas.setCursor(cursor);
    }

    private void released(MouseEvent e) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        done.release(e);
    }

    private void clicked(MouseEvent e) {
        Point p = canvas.viewport().toCanvas(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && canvas.hits().nodeAt(p).isEmpty()
                && canvas.hits().wireAt(p).isEmpty()) {
            canvas.quickAdd().open(p, null);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            canvas.viewport().zoomAt(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY());
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            canvas.openQuickAdd();
            e.consume();
        }
    }
}

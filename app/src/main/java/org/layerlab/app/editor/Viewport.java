package org.layerlab.app.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.layerlab.app.editor.draw.Point;

/**
 * Pan and zoom of the canvas: a screen point is {@code canvas point × scale + offset}. Zooming keeps the
 * canvas point under the pointer where it is.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.04;
    public static final double MAX_SCALE = 3;

    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final DoubleProperty offsetX = new SimpleDoubleProperty(0);
    private final DoubleProperty offsetY = new SimpleDoubleProperty(0);
    /** The largest scale zoom to fit uses: 1 normally, more in presentation mode. */
    private double fitLimit = 1;

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public double scale() {
        return scale.get();
    }

    public Point toCanvas(double screenX, double screenY) {
        return new Point((screenX - offsetX.get()) / scale.get(), (screenY - offsetY.get()) / scale.get());
    }

    public Point toScreen(Point canvas) {
        return new Point(canvas.x() * scale.get() + offsetX.get(), canvas.y() * scale.get() + offsetY.get());
    }

    public void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    /** Multiplies the scale by {@code factor} (within limits), keeping the canvas point at the screen point still. */
    public void zoomAt(double factor, double screenX, double screenY) {
        Point fixed = toCanvas(screenX, screenY);
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor));
        scale.set(next);
        offsetX.set(screenX - fixed.x() * next);
        offsetY.set(screenY - fixed.y() * next);
    }

    /** Shows the canvas rectangle whole and centred in a view of the given size, never magnified past 1. */
    public void fit(double left, double top, double right, double bottom, double viewWidth, double viewHeight,
            double margin) {
        double w = Math.max(1, right - left);
        double h = Math.max(1, bottom - top);
        double s = Math.min(fitLimit, Math.min((viewWidth - 2 * margin) / w, (viewHeight - 2 * margin) / h));
        s = Math.max(MIN_SCALE, s);
        scale.set(s);
        offsetX.set(Math.round((viewWidth - w * s) / 2 - left * s));
        offsetY.set(Math.round((viewHeight - h * s) / 2 - top * s));
    }

    public void setFitLimit(double limit) {
        fitLimit = limit;
    }

    /** Where the view is, to be put back on a new canvas (after a language switch). */
    public record State(double scale, double offsetX, double offsetY) {
    }

    public State state() {
        return new State(scale.get(), offsetX.get(), offsetY.get());
    }

    public void restore(State state) {
        scale.set(state.scale());
        offsetX.set(state.offsetX());
        offsetY.set(state.offsetY());
    }
}

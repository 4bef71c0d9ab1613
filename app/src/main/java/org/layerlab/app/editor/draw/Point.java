package org.layerlab.app.editor.draw;

/** A point in canvas units (the model's coordinates, before pan and zoom). */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}

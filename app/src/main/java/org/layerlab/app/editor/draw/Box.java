package org.layerlab.app.editor.draw;

/** An axis-aligned rectangle in canvas or picture units. */
public record Box(double left, double top, double right, double bottom) {

    public static Box of(double x, double y, double width, double height) {
        return new Box(x, y, x + width, y + height);
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** True when the two share more than an edge. */
    public boolean overlaps(Box other) {
        return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }

    public Box grownBy(double margin) {
        return new Box(left - margin, top - margin, right + margin, bottom + margin);
    }

    public Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }

    public Box movedBy(double dx, double dy) {
        return new Box(left + dx, top + dy, right + dx, bottom + dy);
    }
}

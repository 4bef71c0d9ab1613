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

    /** True when the other lies wholly inside this one. */
    public boolean contains(Box other) {
        return left <= other.left && top <= other.top && other.right <= right && other.bottom <= bottom;
    }

    /** The part the two share, if they share more than an edge. */
    public java.util.Optional<Box> intersection(Box other) {
        return overlaps(other) ? java.util.Optional.of(new Box(Math.max(left, other.left), Math.max(top, other.top),
                Math.min(right, other.right), Math.min(bottom, other.bottom))) : java.util.Optional.empty();
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

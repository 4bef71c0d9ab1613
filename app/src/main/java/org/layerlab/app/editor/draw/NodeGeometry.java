package org.layerlab.app.editor.draw;

/**
 * Where a node's box and ports lie, in canvas units. Kept apart from the JavaFX views so that the same
 * numbers can draw a node anywhere else (an SVG export, a picture of the model).
 *
 * @param x left edge
 * @param y top edge
 * @param inPorts how many input ports the node shows
 * @param hasOutPort whether the node shows an output port
 */
public record NodeGeometry(double x, double y, int inPorts, boolean hasOutPort) {
    public static final double WIDTH = 172;
    public static final double HEADER = 28;
    public static final double BODY = 66;
    public static final double PORT_RADIUS = 7;
    /** How close to a port, in screen pixels, the pointer must be to count as on it. */
    public static final double PORT_REACH = 14;
    private static final double PORT_SPACING = 22;

    public double width() {
        return WIDTH;
    }

    /** Tall enough for every input port. */
    public double height() {
        return Math.max(HEADER + BODY, HEADER + (inPorts + 1) * PORT_SPACING);
    }

    /** Input ports sit on the left edge, spread evenly over the body. */
    public Point inPort(int port) {
        double body = height() - HEADER;
        return new Point(x, y + HEADER + body * (port + 1) / (inPorts + 1));
    }

    public Point outPort() {
        return new Point(x + WIDTH, y + HEADER + (height() - HEADER) / 2);
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= x + WIDTH && p.y() >= y && p.y() <= y + height();
    }

    public boolean intersects(double left, double top, double right, double bottom) {
        return x < right && x + WIDTH > left && y < bottom && y + height() > top;
    }

    /**
     * The card without its ports: what a wire label must not cover. A label may run under the ports, which are
     * drawn over it, so between two layers as far apart as the layout puts them a label stays on its wire.
     */
    public Box card() {
        return Box.of(x, y, WIDTH, height());
    }

    /** The card with its ports, which stick out at the sides. */
    public Box withPorts() {
        return new Box(x - PORT_RADIUS, y, x + WIDTH + PORT_RADIUS, y + height());
    }

    public Point centre() {
        return new Point(x + WIDTH / 2, y + height() / 2);
    }
}

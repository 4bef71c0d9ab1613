package org.layerlab.app.editor.draw;

/**
 * A wire from an output port to an input port as a cubic Bézier curve that leaves and enters
 * horizontally, in canvas units; also where its shape label sits and how near a point is to it.
 */
public record WireGeometry(Point from, Point to) {
    private static final int SAMPLES = 24;

    public Point control1() {
        return new Point(from.x() + bend(), from.y());
    }

    public Point control2() {
        return new Point(to.x() - bend(), to.y());
    }

    /** A wire going backwards leaves and enters with a fixed loop, so it stays near its two nodes. */
    private double bend() {
        double dx = to.x() - from.x();
        return dx >= 0 ? Math.max(40, dx / 2) : 90;
    }

    public Point at(double t) {
        Point c1 = control1();
        Point c2 = control2();
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * from.x() + b * c1.x() + c * c2.x() + d * to.x(),
                a * from.y() + b * c1.y() + c * c2.y() + d * to.y());
    }

    /** The middle of the curve, where the shape label goes. */
    public Point middle() {
        return at(0.5);
    }

    /** The shortest distance from {@code p} to the curve, measured along a polyline through it. */
    public double distanceTo(Point p) {
        double best = Double.MAX_VALUE;
        Point previous = from;
        for (int i = 1; i <= SAMPLES; i++) {
            Point next = at((double) i / SAMPLES);
            best = Math.min(best, segmentDistance(p, previous, next));
            previous = next;
        }
        return best;
    }

    private static double segmentDistance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}

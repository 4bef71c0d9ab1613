package org.layerlab.app.editor.draw;

import java.util.List;

/**
 * A wire from an output port to an input port, in canvas units: one cubic Bézier curve that leaves and
 * enters horizontally, or, for a wire going backwards (into a layer left of its source), two curves
 * that loop out to the right, cross over half-way between the two ports and come into the input from
 * the left, so the wire does not run through its own nodes. A long wire along a row (a skip connection,
 * as in a residual block) arcs below the row instead of running behind the layers it skips. Also where its
 * shape label sits and how near a point is to it.
 */
public record WireGeometry(Point from, Point to) {
    private static final int SAMPLES = 24;
    private static final double LOOP = 60;
    /** Longer than this along a row, a wire would pass behind the layers between its ends. */
    private static final double SKIP_LENGTH = 360;
    private static final double ROW_TOLERANCE = 40;
    /** How far the control points of a skip wire lie below the row: the arc clears the cards there. */
    private static final double SKIP_DIP = 130;

    /** One cubic Bézier segment. */
    public record Cubic(Point start, Point control1, Point control2, Point end) {

        public Point at(double t) {
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            return new Point(a * start.x() + b * control1.x() + c * control2.x() + d * end.x(),
                    a * start.y() + b * control1.y() + c * control2.y() + d * end.y());
        }
    }

    public boolean isBackward() {
        return to.x() < from.x() + 2 * LOOP / 3;
    }

    /** Whether the wire runs forwards along a row past at least one layer, so it arcs below the row. */
    public boolean isSkip() {
        return !isBackward() && to.x() - from.x() > SKIP_LENGTH && Math.abs(to.y() - from.y()) < ROW_TOLERANCE;
    }

    public List<Cubic> segments() {
        if (isSkip()) {
            double reach = Math.min(120, (to.x() - from.x()) / 4);
            return List.of(new Cubic(from, new Point(from.x() + reach, from.y() + SKIP_DIP),
                    new Point(to.x() - reach, to.y() + SKIP_DIP), to));
        }
        if (!isBackward()) {
            double bend = Math.max(40, (to.x() - from.x()) / 2);
            return List.of(new Cubic(from, new Point(from.x() + bend, from.y()), new Point(to.x() - bend, to.y()), to));
        }
        Point join = middle();
        return List.of(
                new Cubic(from, new Point(from.x() + LOOP, from.y()), new Point(from.x() + LOOP, join.y()), join),
                new Cubic(join, new Point(to.x() - LOOP, join.y()), new Point(to.x() - LOOP, to.y()), to));
    }

    /** Where the shape label goes: the middle of the curve. */
    public Point middle() {
        if (isBackward()) {
            return new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2);
        }
        return segments().get(0).at(0.5);
    }

    /** The point a fraction {@code t} along the wire, its segments taking equal shares. */
    public Point at(double t) {
        List<Cubic> parts = segments();
        double scaled = Math.max(0, Math.min(1, t)) * parts.size();
        int index = Math.min(parts.size() - 1, (int) scaled);
        return parts.get(index).at(scaled - index);
    }

    /** The shortest distance from {@code p} to the wire, measured along polylines through its segments. */
    public double distanceTo(Point p) {
        double best = Double.MAX_VALUE;
        for (Cubic c : segments()) {
            Point previous = c.start();
            for (int i = 1; i <= SAMPLES; i++) {
                Point next = c.at((double) i / SAMPLES);
                best = Math.min(best, segmentDistance(p, previous, next));
                previous = next;
            }
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

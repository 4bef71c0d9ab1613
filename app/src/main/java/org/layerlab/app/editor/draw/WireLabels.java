package org.layerlab.app.editor.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the shape label of each wire so that no label covers a node or another label: at the middle of
 * its curve when that is free, else at the first free spot further along the curve or above or below it,
 * up to four label heights away. A label with no free spot stays at the middle.
 */
public final class WireLabels {
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85};
    /** Label heights above (negative) or below the curve; four reach past the ports of two cards standing close. */
    private static final int[] ACROSS = {0, -1, 1, -2, 2, -3, 3, -4, 4};
    private static final double GAP = 3;

    private WireLabels() {
    }

    /**
     * The centre of each wire's label, in the order of {@code wires}.
     *
     * @param sizes each label's width and height, as a point
     * @param obstacles what no label may cover (node boxes)
     */
    public static List<Point> place(List<WireGeometry> wires, List<Point> sizes, List<Box> obstacles) {
        // Filed by place: on a big model most of it is far from any one wire.
        BoxIndex taken = new BoxIndex();
        obstacles.forEach(b -> taken.add(b.grownBy(GAP)));
        List<Point> centres = new ArrayList<>(wires.size());
        for (int i = 0; i < wires.size(); i++) {
            Point size = sizes.get(i);
            Point chosen = firstFree(wires.get(i), size, taken);
            taken.add(around(chosen, size).grownBy(GAP));
            centres.add(chosen);
        }
        return centres;
    }

    public static Box around(Point centre, Point size) {
        return new Box(centre.x() - size.x() / 2, centre.y() - size.y() / 2, centre.x() + size.x() / 2,
                centre.y() + size.y() / 2);
    }

    private static Point firstFree(WireGeometry wire, Point size, BoxIndex taken) {
        Point middle = wire.middle();
        if (taken.isFree(around(middle, size))) {
            return middle;
        }
        double step = size.y() + GAP;
        Point[] along = new Point[ALONG.length];
        for (int a = 0; a < ALONG.length; a++) {
            along[a] = wire.at(ALONG[a]);
        }
        for (int across : ACROSS) {
            for (Point p : along) {
                Point candidate = new Point(p.x(), p.y() + across * step);
                if (taken.isFree(around(candidate, size))) {
                    return candidate;
                }
            }
        }
        return middle;
    }
}

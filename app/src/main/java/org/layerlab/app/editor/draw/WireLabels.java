package org.layerlab.app.editor.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the shape label of each wire so that no label covers a node or another label: at the middle of
 * its curve when that is free, else at the first free spot further along the curve or just above or
 * below it. A label with no free spot stays at the middle.
 */
public final class WireLabels {
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85};
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
        List<Box> taken = new ArrayList<>();
        obstacles.forEach(b -> taken.add(b.grownBy(GAP)));
        List<Point> centres = new ArrayList<>();
        for (int i = 0; i < wires.size(); i++) {
            Point size = sizes.get(i);
            Point chosen = null;
            for (Point candidate : candidates(wires.get(i), size.y() + GAP)) {
                Box box = around(candidate, size);
                if (taken.stream().noneMatch(box::overlaps)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = wires.get(i).middle();
            }
            taken.add(around(chosen, size).grownBy(GAP));
            centres.add(chosen);
        }
        return centres;
    }

    public static Box around(Point centre, Point size) {
        return new Box(centre.x() - size.x() / 2, centre.y() - size.y() / 2, centre.x() + size.x() / 2,
                centre.y() + size.y() / 2);
    }

    private static List<Point> candidates(WireGeometry wire, double step) {
        List<Point> out = new ArrayList<>();
        out.add(wire.middle());
        for (double offset : new double[] {0, -step, step, -2 * step, 2 * step}) {
            for (double t : ALONG) {
                Point p = wire.at(t);
                out.add(new Point(p.x(), p.y() + offset));
            }
        }
        return out;
    }
}

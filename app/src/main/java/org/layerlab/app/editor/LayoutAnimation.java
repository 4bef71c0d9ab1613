package org.layerlab.app.editor;

import java.util.Map;
import javafx.animation.AnimationTimer;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;

/**
 * Slides nodes from where they were to where an auto-layout put them, in a quarter of a second, so the
 * eye can follow each layer. The model already holds the new places: only the views lag behind.
 */
final class LayoutAnimation extends AnimationTimer {
    private static final double DURATION_NANOS = 280e6;
    private final Runnable redraw;
    private Map<NodeId, Point> offsets = Map.of();
    private long start = -1;
    private double remaining;

    LayoutAnimation(Runnable redraw) {
        this.redraw = redraw;
    }

    /** @param fromOffsets for each moved node, its old place minus its new one */
    void play(Map<NodeId, Point> fromOffsets) {
        offsets = Map.copyOf(fromOffsets);
        remaining = 1;
        start = -1;
        start();
    }

    /** How far from its place the node shows now, or the origin when it is not moving. */
    Point offset(NodeId id) {
        Point o = offsets.get(id);
        return o == null ? new Point(0, 0) : new Point(o.x() * remaining, o.y() * remaining);
    }

    @Override
    public void handle(long now) {
        if (start < 0) {
            start = now;
        }
        double t = Math.min(1, (now - start) / DURATION_NANOS);
        // Ease out: quick at first, settling gently.
        remaining = Math.pow(1 - t, 3);
        if (t >= 1) {
            stop();
            offsets = Map.of();
        }
        redraw.run();
    }
}

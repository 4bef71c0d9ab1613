package org.layerlab.app.editor.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Boxes filed by the squares of a coarse grid they touch, so that whether a spot of a big model is free is
 * found without looking through all of it.
 */
final class BoxIndex {
    private static final double CELL = 256;
    private final Map<Long, List<Box>> cells = new HashMap<>();

    void add(Box box) {
        forCells(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(box));
    }

    /** Whether no box filed here overlaps {@code area}. */
    boolean isFree(Box area) {
        return forCells(area, key -> cells.getOrDefault(key, List.of()).stream().noneMatch(area::overlaps));
    }

    /** Runs the action for each square the box touches, while it returns true; false when it stopped. */
    private static boolean forCells(Box box, LongPredicate action) {
        long left = (long) Math.floor(box.left() / CELL);
        long right = (long) Math.floor(box.right() / CELL);
        long top = (long) Math.floor(box.top() / CELL);
        long bottom = (long) Math.floor(box.bottom() / CELL);
        for (long x = left; x <= right; x++) {
            for (long y = top; y <= bottom; y++) {
                if (!action.test(x << 32 ^ (y & 0xffffffffL))) {
                    return false;
                }
            }
        }
        return true;
    }
}

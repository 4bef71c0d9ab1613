package org.layerlab.app.project;

import java.util.HashMap;
import java.util.Map;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.CanvasPosition;

/**
 * Places the layers that have no place yet in columns by depth, left to right, one row per layer of a
 * column; layers the user placed are never moved.
 */
final class LayeredLayout {
    static final double COLUMN = 280;
    static final double ROW = 150;
    static final double LEFT = 40;
    static final double TOP = 60;

    private LayeredLayout() {
    }

    static void placeUnplaced(ModelGraph graph) {
        Map<NodeId, Integer> depth = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            int d = 0;
            for (Edge e : graph.inputEdges(id)) {
                d = Math.max(d, depth.get(e.from()) + 1);
            }
            depth.put(id, d);
            int row = rows.merge(d, 1, Integer::sum) - 1;
            if (graph.position(id).isEmpty()) {
                graph.move(id, new CanvasPosition(LEFT + d * COLUMN, TOP + row * ROW));
            }
        }
    }
}

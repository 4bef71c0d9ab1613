package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Places layers that have no canvas position, left to right as data flows: one column per depth (a node
 * sits one column right of its deepest input), and within a column the nodes ordered by the mean row of
 * their inputs, then again by the mean row of their consumers, which removes most wire crossings of the
 * models people draw. Nodes that already have a position are never moved; a placed node keeps its spot
 * free in its column. Linear in nodes and wires.
 */
public final class LayeredLayout {
    /**
     * Room for a node card (172 wide) and, between two cards, the label of a shape such as {@code (None, 128)}
     * or {@code (None, 4, 4)}, in canvas units.
     */
    public static final double COLUMN_WIDTH = 290;
    public static final double ROW_HEIGHT = 120;
    private static final double ORIGIN_X = 40;
    private static final double ORIGIN_Y = 40;

    private final double columnWidth;
    private final double rowHeight;

    public LayeredLayout() {
        this(COLUMN_WIDTH, ROW_HEIGHT);
    }

    public LayeredLayout(double columnWidth, double rowHeight) {
        if (!(columnWidth > 0 && rowHeight > 0)) {
            throw new IllegalArgumentException("column width and row height must be positive");
        }
        this.columnWidth = columnWidth;
        this.rowHeight = rowHeight;
    }

    /** Positions for the nodes that have none; the graph is not changed. */
    public Map<NodeId, CanvasPosition> positionsForUnplaced(ModelGraph graph) {
        List<List<NodeId>> columns = columns(graph);
        Map<NodeId, CanvasPosition> placed = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            placeColumn(graph, columns.get(c), ORIGIN_X + c * columnWidth, placed);
        }
        return placed;
    }

    /**
     * New positions for every node, as if none had any: what the user asks for with "auto-layout". Each
     * column is centred on the tallest, so a chain lies on one line and branches spread evenly around it.
     * The graph is not changed.
     */
    public Map<NodeId, CanvasPosition> positionsForAll(ModelGraph graph) {
        List<List<NodeId>> columns = columns(graph);
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        Map<NodeId, CanvasPosition> placed = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<NodeId> column = columns.get(c);
            double top = ORIGIN_Y + (tallest - column.size()) * rowHeight / 2;
            for (int r = 0; r < column.size(); r++) {
                placed.put(column.get(r), new CanvasPosition(ORIGIN_X + c * columnWidth, top + r * rowHeight));
            }
        }
        return placed;
    }

    /** The nodes by depth, each column ordered to keep wires from crossing. */
    private static List<List<NodeId>> columns(ModelGraph graph) {
        List<NodeId> order = graph.topologicalOrder();
        Map<NodeId, Integer> depth = new HashMap<>();
        List<List<NodeId>> columns = new ArrayList<>();
        for (NodeId id : order) {
            int d = 0;
            for (Edge e : graph.inputEdges(id)) {
                d = Math.max(d, depth.get(e.from()) + 1);
            }
            depth.put(id, d);
            while (columns.size() <= d) {
                columns.add(new ArrayList<>());
            }
            columns.get(d).add(id);
        }
        Map<NodeId, Double> row = new HashMap<>();
        for (List<NodeId> column : columns) {
            orderBy(column, row, id -> graph.inputEdges(id).stream().map(Edge::from).toList());
        }
        for (int c = columns.size() - 2; c >= 0; c--) {
            orderBy(columns.get(c), row, id -> graph.outputEdges(id).stream().map(Edge::to).toList());
        }
        return columns;
    }

    /**
     * Sorts a column by the mean row of each node's neighbours (nodes without any keep their place), then
     * numbers its rows.
     */
    private static void orderBy(List<NodeId> column, Map<NodeId, Double> row,
            Function<NodeId, List<NodeId>> neighbours) {
        Map<NodeId, Double> key = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            NodeId id = column.get(i);
            double sum = 0;
            int n = 0;
            for (NodeId other : neighbours.apply(id)) {
                Double r = row.get(other);
                if (r != null) {
                    sum += r;
                    n++;
                }
            }
            key.put(id, n == 0 ? row.getOrDefault(id, (double) i) : sum / n);
        }
        column.sort(Comparator.comparingDouble(key::get));
        for (int i = 0; i < column.size(); i++) {
            row.put(column.get(i), (double) i);
        }
    }

    /** Gives each unplaced node of the column the next row not taken by a node the user placed there. */
    private void placeColumn(ModelGraph graph, List<NodeId> column, double x, Map<NodeId, CanvasPosition> out) {
        List<Double> taken = new ArrayList<>();
        for (CanvasPosition p : graph.positions().values()) {
            if (Math.abs(p.x() - x) < columnWidth / 2) {
                taken.add(p.y());
            }
        }
        double y = ORIGIN_Y;
        for (NodeId id : column) {
            if (graph.position(id).isPresent()) {
                continue;
            }
            while (overlaps(y, taken)) {
                y += rowHeight;
            }
            out.put(id, new CanvasPosition(x, y));
            y += rowHeight;
        }
    }

    private boolean overlaps(double y, List<Double> taken) {
        for (double t : taken) {
            if (Math.abs(t - y) < rowHeight) {
                return true;
            }
        }
        return false;
    }
}

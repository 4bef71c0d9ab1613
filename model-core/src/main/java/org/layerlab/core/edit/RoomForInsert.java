package org.layerlab.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Makes room for a layer just put on a wire, as node editors do: a new card dropped over the layer the wire
 * comes from goes right of it, and when the new card then crowds the layer the wire goes to, that layer
 * and every layer downstream of it and to its right move right, by whole grid steps, keeping their layout.
 */
final class RoomForInsert {
    /** The canvas grid: cards that were on it stay on it. */
    static final double STEP = 20;

    private RoomForInsert() {
    }

    /** Where the inserted layer and the layers to make room move to; empty when nothing crowds. */
    static Map<NodeId, CanvasPosition> moves(ModelGraph graph, CardBoxes cards, NodeId inserted, Edge wire) {
        Map<NodeId, CanvasPosition> to = new LinkedHashMap<>();
        CardBox card = cards.of(inserted);
        CardBox source = cards.of(wire.from());
        if (card.crowds(source)) {
            double dx = steps(source.right() + CardBox.GAP - card.left());
            card = card.shifted(dx, 0);
            shift(graph, inserted, dx, to);
        }
        CardBox target = cards.of(wire.to());
        if (card.crowds(target)) {
            double dx = steps(card.right() + CardBox.GAP - target.left());
            double from = graph.position(wire.to()).map(CanvasPosition::x).orElse(Double.NEGATIVE_INFINITY);
            for (NodeId id : downstream(graph, wire.to())) {
                if (graph.position(id).filter(p -> p.x() >= from).isPresent()) {
                    shift(graph, id, dx, to);
                }
            }
        }
        return to;
    }

    private static double steps(double distance) {
        return Math.max(1, Math.ceil(distance / STEP)) * STEP;
    }

    private static void shift(ModelGraph graph, NodeId id, double dx, Map<NodeId, CanvasPosition> to) {
        graph.position(id).ifPresent(p -> to.put(id, new CanvasPosition(p.x() + dx, p.y())));
    }

    /** The layer and every layer its output reaches. */
    private static Set<NodeId> downstream(ModelGraph graph, NodeId start) {
        Set<NodeId> seen = new LinkedHashSet<>();
        Deque<NodeId> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            NodeId id = todo.pop();
            if (seen.add(id)) {
                graph.outputEdges(id).forEach(e -> todo.add(e.to()));
            }
        }
        return seen;
    }
}

package org.layerlab.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Makes room for a layer just put on a wire, as node editors do: a card dropped over the layer the wire
 * comes from goes right of it, and when it then crowds the layer the wire goes to, that layer and every
 * layer downstream of it and to its right move right, by whole grid steps, keeping their layout. The last
 * part of an insert; what crowds is measured when it runs, once the layer is wired in.
 */
public final class MakeRoom implements Command {
    /** The canvas grid: cards that were on it stay on it. */
    static final double STEP = 20;

    private final ModelGraph graph;
    private final CardBoxes cards;
    private final NodeId inserted;
    private final Edge wire;
    private final EditLabel label;
    private MoveLayers moved;

    /** @param wire the wire the layer was put on, now two wires through it */
    public MakeRoom(ModelGraph graph, CardBoxes cards, NodeId inserted, Edge wire) {
        this.graph = graph;
        this.cards = cards;
        this.inserted = inserted;
        this.wire = wire;
        this.label = EditLabel.forNodes("move", List.of(graph.node(inserted).name()));
    }

    @Override
    public void execute() {
        Map<NodeId, CanvasPosition> to = moves();
        moved = to.isEmpty() ? null : MoveLayers.to(graph, to);
        if (moved != null) {
            moved.execute();
        }
    }

    @Override
    public void undo() {
        if (moved != null) {
            moved.undo();
        }
    }

    @Override
    public void redo() {
        if (moved != null) {
            moved.redo();
        }
    }

    @Override
    public EditLabel label() {
        return label;
    }

    /** Where the inserted layer and the layers to make room move to; empty when nothing crowds. */
    private Map<NodeId, CanvasPosition> moves() {
        Map<NodeId, CanvasPosition> to = new LinkedHashMap<>();
        CardBox card = cards.of(inserted);
        CardBox source = cards.of(wire.from());
        if (card.crowds(source)) {
            double dx = steps(source.right() + CardBox.GAP - card.left());
            card = card.shifted(dx, 0);
            shift(inserted, dx, to);
        }
        CardBox target = cards.of(wire.to());
        if (card.crowds(target)) {
            double dx = steps(card.right() + CardBox.GAP - target.left());
            double from = graph.position(wire.to()).map(CanvasPosition::x).orElse(Double.NEGATIVE_INFINITY);
            for (NodeId id : downstream(wire.to())) {
                if (graph.position(id).filter(p -> p.x() >= from).isPresent()) {
                    shift(id, dx, to);
                }
            }
        }
        return to;
    }

    private static double steps(double distance) {
        return Math.max(1, Math.ceil(distance / STEP)) * STEP;
    }

    private void shift(NodeId id, double dx, Map<NodeId, CanvasPosition> to) {
        graph.position(id).ifPresent(p -> to.put(id, new CanvasPosition(p.x() + dx, p.y())));
    }

    /** The layer and every layer its output reaches. */
    private Set<NodeId> downstream(NodeId start) {
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

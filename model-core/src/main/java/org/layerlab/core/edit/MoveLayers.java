package org.layerlab.core.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Moves layers on the canvas: one command for a whole drag. The canvas may move the nodes live while the
 * mouse moves ({@link ModelGraph#move}); on release it pushes this command with where the drag started
 * and where it ended, so one undo takes the whole drag back.
 */
public final class MoveLayers implements Command {
    private final ModelGraph graph;
    private final Map<NodeId, CanvasPosition> from;
    private final Map<NodeId, CanvasPosition> to;
    private final EditLabel label;

    /**
     * @param from each node's position before the drag; a node absent or mapped to {@code null} had none
     * @param to each moved node's position after it
     */
    public MoveLayers(ModelGraph graph, Map<NodeId, CanvasPosition> from, Map<NodeId, CanvasPosition> to) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("nothing to move");
        }
        this.graph = graph;
        this.from = new LinkedHashMap<>(from);
        this.to = new LinkedHashMap<>(to);
        this.label = EditLabel.forNodes("move", to.keySet().stream().map(id -> graph.node(id).name()).toList());
    }

    /** Moves the nodes from where they are now, for a move made in one step (arrow keys, a layout). */
    public static MoveLayers to(ModelGraph graph, Map<NodeId, CanvasPosition> to) {
        Map<NodeId, CanvasPosition> from = new LinkedHashMap<>();
        to.keySet().forEach(id -> from.put(id, graph.position(id).orElse(null)));
        return new MoveLayers(graph, from, to);
    }

    @Override
    public void execute() {
        to.forEach(graph::move);
    }

    @Override
    public void undo() {
        to.keySet().forEach(id -> graph.move(id, from.get(id)));
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

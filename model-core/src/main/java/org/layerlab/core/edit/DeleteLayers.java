package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.RemovedNode;

/**
 * Deletes layers with their wires. Undo puts every node back under its id with its layer (trained
 * weights included), its wires and its canvas position.
 */
public final class DeleteLayers implements Command {
    private final ModelGraph graph;
    private final List<NodeId> nodes;
    private final EditLabel label;
    private final List<RemovedNode> removed = new ArrayList<>();

    public DeleteLayers(ModelGraph graph, Collection<NodeId> nodes) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
        this.graph = graph;
        this.nodes = List.copyOf(nodes);
        this.label = EditLabel.forNodes("delete", this.nodes.stream().map(id -> graph.node(id).name()).toList());
    }

    /** All or nothing: when a node cannot be removed, those removed before it come back. */
    @Override
    public void execute() {
        removed.clear();
        try {
            for (NodeId id : nodes) {
                removed.add(graph.removeNode(id));
            }
        } catch (RuntimeException e) {
            undo();
            throw e;
        }
    }

    /** Restores in reverse, so a wire between two deleted nodes comes back with the later one. */
    @Override
    public void undo() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            graph.restoreNode(removed.get(i));
        }
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

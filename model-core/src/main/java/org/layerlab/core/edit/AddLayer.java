package org.layerlab.core.edit;

import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.RemovedNode;

/**
 * Adds a layer at a place on the canvas. A config without a name gets the next free one
 * ({@code dense_3}); redo brings back the same node (same id and name) that undo took out.
 */
public final class AddLayer implements Command {
    private final ModelGraph graph;
    private final String className;
    private final Config config;
    private final CanvasPosition at;
    private NodeId node;
    private RemovedNode removed;

    /** @param at where the node goes, or {@code null} to leave its place to the layout */
    public AddLayer(ModelGraph graph, String className, Config config, CanvasPosition at) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.className = Objects.requireNonNull(className, "className");
        this.config = Objects.requireNonNull(config, "config");
        this.at = at;
    }

    /** The added node, once executed. */
    public NodeId node() {
        if (node == null) {
            throw new IllegalStateException("the layer is added when the command is executed");
        }
        return node;
    }

    @Override
    public void execute() {
        node = graph.addNode(className, config);
        if (at != null) {
            graph.move(node, at);
        }
    }

    @Override
    public void undo() {
        removed = graph.removeNode(node);
    }

    @Override
    public void redo() {
        graph.restoreNode(removed);
    }

    @Override
    public EditLabel label() {
        return EditLabel.of("add", node != null && graph.contains(node) ? graph.node(node).name()
                : removed != null ? removed.node().name() : className);
    }
}

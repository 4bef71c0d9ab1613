package org.layerlab.core.edit;

import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.RemovedNode;

/**
 * Drops a new layer onto a wire: the wire's source feeds the new layer's first input, and the new layer
 * feeds the port the wire fed. Where the new card crowds the wire's ends, room is made
 * ({@link MakeRoom}). One undo takes the layer out, puts the wire back and every card where it was.
 */
public final class InsertOnWire implements Command {
    private final ModelGraph graph;
    private final Edge wire;
    private final String className;
    private final Config config;
    private final CanvasPosition at;
    private final CardBoxes cards;
    private final EditLabel label;
    private NodeId node;
    private RemovedNode removed;
    private MakeRoom room;

    /** @param cards where each card lies on the canvas, to make room for the new one */
    public InsertOnWire(ModelGraph graph, Edge wire, String className, Config config, CanvasPosition at,
            CardBoxes cards) {
        this.graph = graph;
        this.wire = Objects.requireNonNull(wire, "wire");
        this.className = className;
        this.config = config;
        this.at = at;
        this.cards = Objects.requireNonNull(cards, "cards");
        String name = config.getString("name", null);
        this.label = EditLabel.of("insert", name == null ? className : name, graph.node(wire.from()).name(),
                graph.node(wire.to()).name());
    }

    /** The inserted node, once executed. */
    public NodeId node() {
        return node;
    }

    @Override
    public void execute() {
        node = graph.addNode(className, config);
        try {
            if (at != null) {
                graph.move(node, at);
            }
            graph.disconnect(wire);
            graph.connect(wire.from(), node, 0);
            graph.connect(node, wire.to(), wire.port());
            room = new MakeRoom(graph, cards, node, wire);
        } catch (RuntimeException e) {
            graph.removeNode(node);
            if (!graph.inputEdges(wire.to()).contains(wire)) {
                graph.connect(wire.from(), wire.to(), wire.port());
            }
            throw e;
        }
        room.execute();
    }

    @Override
    public void undo() {
        room.undo();
        removed = graph.removeNode(node);
        graph.connect(wire.from(), wire.to(), wire.port());
    }

    @Override
    public void redo() {
        graph.disconnect(wire);
        graph.restoreNode(removed);
        room.redo();
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

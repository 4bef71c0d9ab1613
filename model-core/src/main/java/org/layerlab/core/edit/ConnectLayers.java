package org.layerlab.core.edit;

import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Wires the output of one layer into an input port of another. Cycles and taken ports are refused by the
 * graph (the command then changes nothing); an input the layer's InputSpec refuses is allowed and shows
 * as the layer's error, as Keras would report it. {@code WireCheck} tells beforehand.
 */
public final class ConnectLayers implements Command {
    private final ModelGraph graph;
    private final NodeId from;
    private final NodeId to;
    private final int port;
    private final EditLabel label;
    private Edge edge;

    public ConnectLayers(ModelGraph graph, NodeId from, NodeId to, int port) {
        this.graph = graph;
        this.from = from;
        this.to = to;
        this.port = port;
        this.label = EditLabel.of("connect", graph.node(from).name(), graph.node(to).name());
    }

    public Edge edge() {
        return edge;
    }

    @Override
    public void execute() {
        edge = graph.connect(from, to, port);
    }

    @Override
    public void undo() {
        graph.disconnect(edge);
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

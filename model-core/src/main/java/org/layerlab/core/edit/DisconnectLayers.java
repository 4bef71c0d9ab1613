package org.layerlab.core.edit;

import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;

/** Removes one wire; undo puts it back on the same port. */
public final class DisconnectLayers implements Command {
    private final ModelGraph graph;
    private final Edge edge;
    private final EditLabel label;

    public DisconnectLayers(ModelGraph graph, Edge edge) {
        this.graph = graph;
        this.edge = edge;
        this.label = EditLabel.of("disconnect", graph.node(edge.from()).name(), graph.node(edge.to()).name());
    }

    @Override
    public void execute() {
        graph.disconnect(edge);
    }

    @Override
    public void undo() {
        graph.connect(edge.from(), edge.to(), edge.port());
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

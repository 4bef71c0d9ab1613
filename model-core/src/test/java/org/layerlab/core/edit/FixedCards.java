package org.layerlab.core.edit;

import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/** Cards the size the canvas draws a layer with one input port, ports included, at each layer's place. */
final class FixedCards implements CardBoxes {
    static final double WIDTH = 186;
    static final double HEIGHT = 94;

    private final ModelGraph graph;

    FixedCards(ModelGraph graph) {
        this.graph = graph;
    }

    @Override
    public CardBox of(NodeId id) {
        CanvasPosition p = graph.position(id)
                .orElseThrow(() -> new AssertionError(graph.node(id).name() + " has no place"));
        return new CardBox(p.x(), p.y(), p.x() + WIDTH, p.y() + HEIGHT);
    }
}

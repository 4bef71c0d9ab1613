package org.layerlab.core.graph;

import java.util.List;

/**
 * What {@link ModelGraph#editConfig} did: the node before (with its layer and weights, for undo), the
 * node after, and the trained weights that could not be kept.
 *
 * @param droppedWeights one line per trained weight lost, naming the layer and why; empty when none was
 */
public record ConfigEdit(GraphNode before, GraphNode after, List<String> droppedWeights) {

    public ConfigEdit {
        droppedWeights = List.copyOf(droppedWeights);
    }
}

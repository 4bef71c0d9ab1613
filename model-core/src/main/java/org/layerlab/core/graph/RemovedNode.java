package org.layerlab.core.graph;

import java.util.List;

/**
 * What {@link ModelGraph#removeNode} took out: the node (with its layer, so restoring keeps its
 * weights) and every edge that touched it. {@link ModelGraph#restoreNode} puts it all back.
 */
public record RemovedNode(GraphNode node, List<Edge> edges) {

    public RemovedNode {
        edges = List.copyOf(edges);
    }
}

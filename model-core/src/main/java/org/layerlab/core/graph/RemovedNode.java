package org.layerlab.core.graph;

import java.util.List;

/**
 * What {@link ModelGraph#removeNode} took out: the node (with its layer, so restoring keeps its
 * weights), every edge that touched it and its canvas position. {@link ModelGraph#restoreNode} puts it
 * all back.
 *
 * @param position the canvas position, or {@code null} when it had none
 */
public record RemovedNode(GraphNode node, List<Edge> edges, CanvasPosition position) {

    public RemovedNode {
        edges = List.copyOf(edges);
    }
}

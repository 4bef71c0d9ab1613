package org.layerlab.core.graph;

import java.util.List;
import org.layerlab.core.config.Config;

/**
 * A frozen copy of a graph's structure: node ids, class names, configs and edges, without the
 * (mutable) layers. {@link ModelGraph#fromSnapshot} makes an independent graph from it, for
 * example for training while the user keeps editing.
 *
 * @param nodes in topological order
 */
public record GraphSnapshot(List<NodeSpec> nodes, List<Edge> edges) {

    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** One node of a snapshot. */
    public record NodeSpec(NodeId id, String className, Config config) {
    }
}

package org.layerlab.core.graph;

import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;

/**
 * A frozen copy of a graph's structure: node ids, class names, configs, edges and canvas positions,
 * without the (mutable) layers. {@link ModelGraph#fromSnapshot} makes an independent graph from it, for
 * example for training while the user keeps editing.
 *
 * @param nodes in topological order
 * @param positions the canvas positions of the nodes that have one
 */
public record GraphSnapshot(List<NodeSpec> nodes, List<Edge> edges, Map<NodeId, CanvasPosition> positions) {

    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        positions = Map.copyOf(positions);
    }

    public GraphSnapshot(List<NodeSpec> nodes, List<Edge> edges) {
        this(nodes, edges, Map.of());
    }

    /** One node of a snapshot or of a change event: what it is, without its layer. */
    public record NodeSpec(NodeId id, String className, Config config) {

        /** The node's state without its layer. */
        public static NodeSpec of(GraphNode node) {
            return new NodeSpec(node.id(), node.className(), node.config());
        }

        public String name() {
            return config.getString("name", null);
        }
    }
}

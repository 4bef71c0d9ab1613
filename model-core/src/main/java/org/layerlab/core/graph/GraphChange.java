package org.layerlab.core.graph;

import java.util.List;

/** An immutable description of one edit of a {@link ModelGraph}, given to its listeners. */
public sealed interface GraphChange {

    /**
     * A node came in: a new one without edges, or a restored one with the edges it had.
     */
    record NodeAdded(GraphNode node, List<Edge> edges) implements GraphChange {
        public NodeAdded {
            edges = List.copyOf(edges);
        }
    }

    /** A node went out together with the edges that touched it. */
    record NodeRemoved(GraphNode node, List<Edge> edges) implements GraphChange {
        public NodeRemoved {
            edges = List.copyOf(edges);
        }
    }

    record Connected(Edge edge) implements GraphChange {
    }

    record Disconnected(Edge edge) implements GraphChange {
    }

    /** A node's config changed (a rename is a config change of {@code name}); the node has a new layer. */
    record ConfigChanged(GraphNode before, GraphNode after) implements GraphChange {

        public boolean renamed() {
            return !before.name().equals(after.name());
        }
    }
}

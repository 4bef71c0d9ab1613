package org.layerlab.core.graph;

import java.util.List;
import org.layerlab.core.graph.GraphSnapshot.NodeSpec;

/**
 * An immutable description of one edit of a {@link ModelGraph}, given to its listeners. Nodes appear as
 * {@link NodeSpec}s (id, class name, config), never with their layer: a listener cannot reach into a
 * layer and change its weights or build behind the graph's back.
 */
public sealed interface GraphChange {

    /**
     * A node came in: a new one without edges, or a restored one with the edges it had.
     *
     * @param position where it sits on the canvas, or {@code null} when it has no place yet
     */
    record NodeAdded(NodeSpec node, List<Edge> edges, CanvasPosition position) implements GraphChange {
        public NodeAdded {
            edges = List.copyOf(edges);
        }
    }

    /** A node went out together with the edges that touched it. */
    record NodeRemoved(NodeSpec node, List<Edge> edges) implements GraphChange {
        public NodeRemoved {
            edges = List.copyOf(edges);
        }
    }

    record Connected(Edge edge) implements GraphChange {
    }

    record Disconnected(Edge edge) implements GraphChange {
    }

    /**
     * A node's config changed (a rename is a config change of {@code name}); the node has a new layer,
     * or, on undo, its earlier one back.
     *
     * @param droppedWeights the trained weights the edit could not keep, each with why; empty when every
     *     trained value survived or there were none (see {@link ModelGraph#setConfig})
     */
    record ConfigChanged(NodeSpec before, NodeSpec after, List<String> droppedWeights) implements GraphChange {

        public ConfigChanged {
            droppedWeights = List.copyOf(droppedWeights);
        }

        public boolean renamed() {
            return !before.name().equals(after.name());
        }
    }

    /**
     * A node moved on the canvas.
     *
     * @param from the earlier position, or {@code null} when it had none
     * @param to the new position, or {@code null} when its position was cleared
     */
    record Moved(NodeId node, CanvasPosition from, CanvasPosition to) implements GraphChange {
    }
}

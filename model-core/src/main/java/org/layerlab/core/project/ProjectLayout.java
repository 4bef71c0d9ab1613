package org.layerlab.core.project;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.edit.LayeredLayout;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Canvas positions between the two places they live: in memory they belong to nodes ({@link NodeId}), so
 * they follow a node through renames; in the {@code .llab} file they are keyed by layer name, so the file
 * stays readable and diffable. Reading places each named layer's node and lays out the rest.
 */
public final class ProjectLayout {
    private ProjectLayout() {
    }

    /**
     * Places the nodes of the layers named in {@code positions}, then lays out every node still without a
     * position, left to right ({@link LayeredLayout}); placed nodes are never moved.
     *
     * @param positions by layer name, as a project file keeps them; names the graph lacks are ignored
     */
    public static void place(ModelGraph graph, Map<String, CanvasPosition> positions) {
        positions.forEach((name, p) -> graph.find(name).ifPresent(node -> graph.move(node.id(), p)));
        new LayeredLayout().positionsForUnplaced(graph).forEach(graph::move);
    }

    /** The positions by current layer name, in topological order, for the project file. */
    public static Map<String, CanvasPosition> byName(ModelGraph graph) {
        Map<String, CanvasPosition> out = new LinkedHashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            GraphNode node = graph.node(id);
            graph.position(id).ifPresent(p -> out.put(node.name(), p));
        }
        return out;
    }
}

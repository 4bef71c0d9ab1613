package org.layerlab.app.editor.draw;

import org.layerlab.core.edit.LayeredLayout;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.Project;

/**
 * Where node cards go when a file does not say: left to right in columns wide enough for a shape label
 * between two cards. The window and {@code layerlab render} place a file's layers the same way.
 */
public final class CardLayout {
    public static final LayeredLayout COLUMNS = new LayeredLayout(NodeGeometry.WIDTH + 130,
            NodeGeometry.HEADER + NodeGeometry.BODY + 56);

    private CardLayout() {
    }

    /** Puts the project's saved places on the graph's layers, then lays out the layers still without one. */
    public static void place(ModelGraph graph, Project project) {
        project.positions().forEach((name, at) -> graph.find(name).ifPresent(n -> graph.move(n.id(), at)));
        COLUMNS.positionsForUnplaced(graph).forEach(graph::move);
    }

    /** A layer's place, at the origin when it has none. */
    public static Point placeOf(ModelGraph graph, NodeId id) {
        CanvasPosition p = graph.position(id).orElse(new CanvasPosition(0, 0));
        return new Point(p.x(), p.y());
    }
}

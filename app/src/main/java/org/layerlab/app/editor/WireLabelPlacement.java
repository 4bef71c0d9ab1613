package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireLabels;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;

/**
 * Places the canvas's wire labels as a picture of the model places them ({@link WireLabels}): on the wire
 * where there is room, else clear of every card, port and other label, so that between two close layers
 * the label does not cover the ports.
 */
final class WireLabelPlacement {
    private WireLabelPlacement() {
    }

    /** Every label, wire by wire in the model's order, as the picture takes them. */
    static void placeAll(List<Edge> order, Map<Edge, WireView> wires, Collection<NodeView> nodes) {
        place(order.stream().map(wires::get).filter(Objects::nonNull).toList(), cards(nodes));
    }

    /**
     * Only the labels of the wires at the moved nodes, around the other labels where they are: while a node is
     * dragged on a big model, placing every label each frame would drop frames.
     */
    static void placeAround(Set<NodeId> moved, Map<Edge, WireView> wires, Collection<NodeView> nodes) {
        List<WireView> moving = new ArrayList<>();
        List<Box> obstacles = cards(nodes);
        wires.forEach((edge, wire) -> {
            if (moved.contains(edge.from()) || moved.contains(edge.to())) {
                moving.add(wire);
            } else {
                obstacles.add(wire.labelBox());
            }
        });
        place(moving, obstacles);
    }

    private static List<Box> cards(Collection<NodeView> nodes) {
        List<Box> cards = new ArrayList<>(nodes.size());
        nodes.forEach(n -> cards.add(n.geometry().card()));
        return cards;
    }

    private static void place(List<WireView> wires, List<Box> obstacles) {
        List<Point> centres = WireLabels.place(wires.stream().map(WireView::geometry).toList(),
                wires.stream().map(WireView::labelSize).toList(), obstacles);
        for (int i = 0; i < wires.size(); i++) {
            wires.get(i).placeLabel(centres.get(i));
        }
    }
}

package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * Finds where new cards (a paste, a duplicate) can go without covering another card's text and error
 * badge: the nearest shift of them all together, trying where they are, then rows below, then columns
 * to the right, nearest first and below before right at equal distance. Far enough below every card
 * there is always room, so a place is always found.
 */
public final class OpenPlace {
    /** A column: a card and a wire label, rounded up to the canvas grid. */
    static final double COLUMN = 300;
    static final double ROW = LayeredLayout.ROW_HEIGHT;

    private final ModelGraph graph;
    private final CardBoxes cards;

    public OpenPlace(ModelGraph graph, CardBoxes cards) {
        this.graph = graph;
        this.cards = cards;
    }

    /** A shift of the new cards, in canvas units. */
    public record Shift(double dx, double dy) {
        double length() {
            return Math.hypot(dx, dy);
        }
    }

    /** The nearest shift at which none of the {@code newcomers}' cards crowds a card of another layer. */
    public Shift forCards(Collection<NodeId> newcomers) {
        Set<NodeId> moving = new HashSet<>(newcomers);
        List<CardBox> moved = newcomers.stream().map(cards::of).toList();
        List<CardBox> others = new ArrayList<>();
        for (GraphNode node : graph.nodes()) {
            if (!moving.contains(node.id())) {
                others.add(cards.of(node.id()));
            }
        }
        if (moved.isEmpty() || others.isEmpty()) {
            return new Shift(0, 0);
        }
        double top = moved.stream().mapToDouble(CardBox::top).min().orElseThrow();
        double left = moved.stream().mapToDouble(CardBox::left).min().orElseThrow();
        double bottom = others.stream().mapToDouble(CardBox::bottom).max().orElseThrow();
        double right = others.stream().mapToDouble(CardBox::right).max().orElseThrow();
        // Shifted by the last row, every new card lies below every other one: the search ends there.
        int rows = (int) Math.ceil((bottom + CardBox.GAP - top) / ROW) + 1;
        int columns = (int) Math.max(0, Math.ceil((right + CardBox.GAP - left) / COLUMN));
        List<Shift> tries = new ArrayList<>();
        tries.add(new Shift(0, 0));
        for (int r = 1; r <= rows; r++) {
            tries.add(new Shift(0, r * ROW));
        }
        for (int c = 1; c <= columns; c++) {
            tries.add(new Shift(c * COLUMN, 0));
        }
        tries.sort(Comparator.comparingDouble(Shift::length));
        for (Shift shift : tries) {
            if (clear(moved, others, shift)) {
                return shift;
            }
        }
        throw new IllegalStateException("no open place below the cards, which cannot be");
    }

    private static boolean clear(List<CardBox> moved, List<CardBox> others, Shift shift) {
        for (CardBox card : moved) {
            CardBox there = card.shifted(shift.dx(), shift.dy());
            for (CardBox other : others) {
                if (there.crowds(other)) {
                    return false;
                }
            }
        }
        return true;
    }
}

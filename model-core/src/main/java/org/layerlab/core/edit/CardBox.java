package org.layerlab.core.edit;

/**
 * The part of the canvas a layer's card covers, ports included, in canvas units. Only the canvas knows a
 * card's size (more input ports make it taller), so it hands the edits that place cards a {@link CardBoxes}.
 */
public record CardBox(double left, double top, double right, double bottom) {
    /** How far apart two cards must stay for a wire, and the badge on a card's corner, to show between them. */
    public static final double GAP = 20;

    public CardBox {
        if (!(right >= left && bottom >= top)) {
            throw new IllegalArgumentException("a card box needs right >= left and bottom >= top, got "
                    + left + ", " + top + ", " + right + ", " + bottom);
        }
    }

    public CardBox shifted(double dx, double dy) {
        return new CardBox(left + dx, top + dy, right + dx, bottom + dy);
    }

    /** Whether the two cards overlap or come closer than {@link #GAP}. */
    public boolean crowds(CardBox other) {
        return left < other.right + GAP && other.left < right + GAP
                && top < other.bottom + GAP && other.top < bottom + GAP;
    }
}

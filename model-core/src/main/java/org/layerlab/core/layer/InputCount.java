package org.layerlab.core.layer;

/**
 * How many inputs a layer takes: none for {@code InputLayer}, one for most layers, two or more for
 * merges.
 *
 * @param min the fewest inputs the layer accepts
 * @param max the most inputs the layer accepts ({@link Integer#MAX_VALUE} for no limit)
 */
public record InputCount(int min, int max) {
    public static final InputCount NONE = new InputCount(0, 0);
    public static final InputCount ONE = new InputCount(1, 1);
    public static final InputCount MANY = new InputCount(2, Integer.MAX_VALUE);

    public InputCount {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("an input count needs 0 <= min <= max, got " + min + ".." + max);
        }
    }

    public boolean accepts(int n) {
        return n >= min && n <= max;
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
    }
}

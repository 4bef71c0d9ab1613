package org.layerlab.core.train;

/** A running mean weighted by the number of values, like Keras's {@code Mean} metric. */
public final class StreamingMean {
    private double total;
    private long count;

    /** Adds {@code count} values whose sum is {@code sum}. */
    public void add(double sum, long count) {
        this.total += sum;
        this.count += count;
    }

    /** The mean so far, or 0 before any value, as Keras reports it. */
    public double result() {
        return count == 0 ? 0 : total / count;
    }

    public void reset() {
        total = 0;
        count = 0;
    }
}

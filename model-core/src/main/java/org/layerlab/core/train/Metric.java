package org.layerlab.core.train;

/** A training metric accumulated over the batches of an epoch. */
public interface Metric {
    /** The name it is reported under, for example {@code accuracy}. */
    String name();

    /** Adds one batch of labels and predictions (row-major, with their shapes). */
    void update(double[] yTrue, long[] trueShape, double[] yPred, long[] predShape);

    /** The value over all batches since the last reset. */
    double result();

    void reset();
}

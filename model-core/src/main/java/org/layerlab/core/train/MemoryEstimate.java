package org.layerlab.core.train;

import java.util.Locale;

/**
 * What training a model holds in memory, counted in 8-byte values (the tape computes in doubles):
 * per parameter its value, its gradient, the optimizer's rounded copy of the gradient, the two
 * copies kept to undo a step whose loss is not finite, and the optimizer's state; per sample of a
 * batch every layer's output and its gradient.
 */
public record MemoryEstimate(long parameters, int optimizerSlots, long activationsPerSample, int batchSize) {
    /** Values held per parameter besides the optimizer's slots. */
    static final int VALUES_PER_PARAMETER = 5;

    public static MemoryEstimate of(GraphModel model, Optimizer optimizer, int batchSize) {
        return new MemoryEstimate(model.countParams(), optimizer.slotCount(), model.activationsPerSample(), batchSize);
    }

    /** In bytes; a double because an absurd model may exceed a long. */
    public double bytes() {
        double perParameter = VALUES_PER_PARAMETER + optimizerSlots;
        return 8.0 * ((double) parameters * perParameter + 2.0 * activationsPerSample * batchSize);
    }

    /**
     * @throws MemoryBudgetException with both amounts when the estimate exceeds {@code budgetBytes}
     */
    public void check(long budgetBytes) {
        if (bytes() > budgetBytes) {
            throw new MemoryBudgetException(String.format(Locale.ROOT,
                    "training would need about %s (%,d parameters x %d values, and %,d activations per sample x 2 "
                            + "x batch size %d, 8 bytes each), more than the memory budget of %s; "
                            + "use a smaller batch size or smaller layers",
                    show(bytes()), parameters, VALUES_PER_PARAMETER + optimizerSlots, activationsPerSample, batchSize,
                    show(budgetBytes)));
        }
    }

    /** Binary units, as operating systems show memory. */
    static String show(double bytes) {
        double mib = bytes / (1 << 20);
        return mib < 1024 ? String.format(Locale.ROOT, "%.1f MB", mib) : String.format(Locale.ROOT, "%.1f GB", mib / 1024);
    }
}

package org.layerlab.core.tensor.grad;

import java.util.stream.IntStream;

/**
 * Element-wise work on large arrays split over the training threads. Each element is computed by
 * the same code whatever the split, so results do not depend on the number of threads.
 */
public final class Chunks {
    /** Elements from which work is split. */
    static final int PARALLEL_FROM = 1 << 17;

    private static volatile int threads = 1;

    /** The work on elements {@code from} to {@code to - 1}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    private Chunks() {
    }

    /** The number of threads to split over, set by training for its run. */
    public static void useThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one thread is needed, got " + count);
        }
        threads = count;
    }

    public static int threads() {
        return threads;
    }

    /** Runs {@code work} over {@code 0..n-1}: in one piece, or for a large {@code n} in one piece per thread. */
    public static void run(int n, Range work) {
        int t = threads;
        if (t <= 1 || n < PARALLEL_FROM) {
            work.run(0, n);
            return;
        }
        int chunk = (n + t - 1) / t;
        IntStream.range(0, t).parallel().forEach(i -> work.run(i * chunk, Math.min(n, (i + 1) * chunk)));
    }
}

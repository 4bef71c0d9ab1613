package org.layerlab.core.train;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TrainingSession} runs, apart from the training settings the project saves.
 *
 * @param memoryBudgetBytes the most memory a model and batch may need (see {@link MemoryEstimate})
 * @param maxParameters the most parameters a model may have to be trained: the budget weights are allocated in
 * @param snapshotInterval the least time between two {@link TrainingEvent.WeightsUpdated}
 * @param threadBudget the most threads training may use; within it {@link TrainingThreads} picks as
 *     many as pay off for the model. A window passes {@link TrainingThreads#leavingOneCore()}.
 */
public record SessionOptions(TrainingExecutor executor, long memoryBudgetBytes, Duration snapshotInterval,
        long maxParameters, int threadBudget) {
    /** 50 million: larger models open and validate but are not trained. */
    public static final long DEFAULT_MAX_PARAMETERS = 50_000_000L;
    /** 2 GB. */
    public static final long DEFAULT_MEMORY_BUDGET = 2L << 30;
    public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofMillis(200);

    public SessionOptions {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(snapshotInterval, "snapshotInterval");
        if (memoryBudgetBytes <= 0) {
            throw new IllegalArgumentException("the memory budget must be positive, got " + memoryBudgetBytes);
        }
        if (maxParameters <= 0) {
            throw new IllegalArgumentException("the parameter budget must be positive, got " + maxParameters);
        }
        if (threadBudget < 1) {
            throw new IllegalArgumentException("the thread budget must be at least 1, got " + threadBudget);
        }
        if (snapshotInterval.isNegative()) {
            throw new IllegalArgumentException("the snapshot interval must not be negative, got " + snapshotInterval);
        }
    }

    /** A thread of its own, 2 GB, a weight snapshot at most every 200 ms, all {@link TrainingThreads#available()} threads. */
    public static SessionOptions defaults() {
        return new SessionOptions(TrainingExecutor.newThread(), DEFAULT_MEMORY_BUDGET, DEFAULT_SNAPSHOT_INTERVAL,
                DEFAULT_MAX_PARAMETERS, TrainingThreads.available());
    }

    public SessionOptions withExecutor(TrainingExecutor e) {
        return new SessionOptions(e, memoryBudgetBytes, snapshotInterval, maxParameters, threadBudget);
    }

    public SessionOptions withMemoryBudget(long bytes) {
        return new SessionOptions(executor, bytes, snapshotInterval, maxParameters, threadBudget);
    }

    public SessionOptions withSnapshotInterval(Duration interval) {
        return new SessionOptions(executor, memoryBudgetBytes, interval, maxParameters, threadBudget);
    }

    public SessionOptions withMaxParameters(long max) {
        return new SessionOptions(executor, memoryBudgetBytes, snapshotInterval, max, threadBudget);
    }

    public SessionOptions withThreadBudget(int threads) {
        return new SessionOptions(executor, memoryBudgetBytes, snapshotInterval, maxParameters, threads);
    }
}

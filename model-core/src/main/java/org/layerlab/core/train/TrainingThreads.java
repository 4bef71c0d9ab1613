package org.layerlab.core.train;

import org.layerlab.core.tensor.grad.Chunks;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many native threads training's matrix products use, chosen from the work of one step. The
 * tape computes element-wise work in Java on the training thread; only large products go to BLAS,
 * and a second BLAS thread pays off only when a step's products are large enough to split: below
 * {@link #PARALLEL_FROM_MACS} multiply-adds per step the threads' hand-offs cost more than they save
 * (TrainingBenchmark on two cores: 2-8-8-2 never reaches BLAS; 784-256-128-10 at batch 128, 90
 * million, is no faster on two threads than on one; 1024-1024-1024-10 at batch 256, 1.6 billion, is
 * faster on two).
 */
public final class TrainingThreads {
    /** Multiply-adds per training step from which products run on more than one thread. */
    public static final long PARALLEL_FROM_MACS = 300_000_000L;

    private TrainingThreads() {
    }

    /**
     * The threads training may use by default: the processors Java sees, or fewer when
     * {@code OMP_NUM_THREADS} or {@code OPENBLAS_NUM_THREADS} asks for fewer.
     */
    public static int available() {
        int cores = Runtime.getRuntime().availableProcessors();
        for (String variable : new String[] {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"}) {
            String value = System.getenv(variable);
            if (value != null && value.trim().matches("[1-9][0-9]{0,3}")) {
                cores = Math.min(cores, Integer.parseInt(value.trim()));
            }
        }
        return cores;
    }

    /** The budget of a window that must stay responsive: one core fewer than {@link #available()}, at least one. */
    public static int leavingOneCore() {
        return Math.max(1, available() - 1);
    }

    /**
     * Multiply-adds of one training step, estimated as Dense layers cost them: each weight value takes
     * part in one multiply-add per sample forward and two backward.
     */
    public static long macsPerStep(GraphModel model, int batchSize) {
        return 3 * model.countParams() * batchSize;
    }

    /** The threads for a step of {@code macsPerStep} multiply-adds within {@code budget}. */
    public static int choose(long macsPerStep, int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a thread budget must be at least 1, got " + budget);
        }
        return macsPerStep >= PARALLEL_FROM_MACS ? budget : 1;
    }

    /**
     * Sets ND4J's BLAS and OpenMP thread counts, which hold for the whole process, and the threads
     * that large element-wise work and optimiser updates split over ({@link Chunks}).
     */
    public static void use(int threads) {
        Chunks.useThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }
}

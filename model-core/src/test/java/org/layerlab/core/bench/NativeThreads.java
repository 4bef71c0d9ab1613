package org.layerlab.core.bench;

import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * One thread for OpenBLAS and for libnd4j's OpenMP kernels, set through their APIs so that it holds
 * however the benchmark is launched ({@code exec:java} runs in Maven's JVM, whose environment the
 * profile cannot set). Without it, on a two-core machine, OpenBLAS's pool (used by LayerLab's large
 * products) and OpenMP's pool (DL4J's kernels) spin against each other in one JVM and DL4J runs up to
 * a hundred times slower; one thread each is the fair comparison.
 */
final class NativeThreads {
    private NativeThreads() {
    }

    /** Loads ND4J's backend first: the native ops cannot be reached before. */
    static void limitToOne() {
        System.out.printf("environment: OPENBLAS_NUM_THREADS=%s OMP_NUM_THREADS=%s; cores=%d%n",
                System.getenv("OPENBLAS_NUM_THREADS"), System.getenv("OMP_NUM_THREADS"),
                Runtime.getRuntime().availableProcessors());
        Blas blas = Nd4j.factory().blas();
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        blas.setMaxThreads(1);
        ops.setOmpNumThreads(1);
        System.out.printf("set: OpenBLAS threads=%d, OpenMP threads=%d, BLAS vendor %s%n",
                blas.getMaxThreads(), ops.ompGetMaxThreads(), blas.getBlasVendor());
    }
}

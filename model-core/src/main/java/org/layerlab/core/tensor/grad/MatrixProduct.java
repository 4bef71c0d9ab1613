package org.layerlab.core.tensor.grad;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Matrix products {@code op(A) · op(B)} on row-major arrays, where op optionally transposes. Small
 * products run in plain Java, because a native call costs microseconds; large ones go to BLAS
 * through ND4J. Plain float32 products sum in double and round once.
 */
final class MatrixProduct {
    /** Multiply-adds from which BLAS is faster than plain Java, copies included. */
    static final long BLAS_THRESHOLD = 1L << 15;

    private Nd4jGemm blas;

    static boolean usesBlas(int m, int k, int n) {
        return (long) m * k * n >= BLAS_THRESHOLD;
    }

    /** C (m, n) = op(A) · op(B), with op(A) of shape (m, k) and op(B) of shape (k, n), in float64. */
    double[] multiply(double[] a, double[] b, int m, int k, int n, boolean transposeA, boolean transposeB) {
        if (usesBlas(m, k, n)) {
            return gemm().multiply(a, b, m, k, n, transposeA, transposeB);
        }
        return plain(a, b, m, k, n, transposeA, transposeB);
    }

    /** The same in float32; {@code nativeA} and {@code nativeB} are native copies of the operands, or null. */
    float[] multiply(float[] a, INDArray nativeA, float[] b, INDArray nativeB, int m, int k, int n,
            boolean transposeA, boolean transposeB) {
        if (usesBlas(m, k, n)) {
            return gemm().multiply(a, nativeA, b, nativeB, m, k, n, transposeA, transposeB);
        }
        return TapeTensor.narrow(plain(TapeTensor.widen(a), TapeTensor.widen(b), m, k, n, transposeA, transposeB));
    }

    private Nd4jGemm gemm() {
        if (blas == null) {
            blas = new Nd4jGemm();
        }
        return blas;
    }

    static double[] plain(double[] a, double[] b, int m, int k, int n, boolean transposeA, boolean transposeB) {
        double[] c = new double[m * n];
        if (!transposeB) {
            for (int i = 0; i < m; i++) {
                int ci = i * n;
                for (int p = 0; p < k; p++) {
                    double av = transposeA ? a[p * m + i] : a[i * k + p];
                    int bp = p * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += av * b[bp + j];
                    }
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    int bj = j * k;
                    for (int p = 0; p < k; p++) {
                        s += (transposeA ? a[p * m + i] : a[i * k + p]) * b[bj + p];
                    }
                    c[i * n + j] = s;
                }
            }
        }
        return c;
    }
}

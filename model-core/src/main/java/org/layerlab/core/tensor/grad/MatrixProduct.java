package org.layerlab.core.tensor.grad;

import org.layerlab.core.shape.DType;

/**
 * Matrix products {@code op(A) · op(B)} on row-major {@code double[]}, where op optionally
 * transposes. Small products run in plain Java, because a native call costs microseconds; large ones
 * go to BLAS through ND4J, where the copies in and out are cheap next to the product itself.
 */
final class MatrixProduct {
    /** Multiply-adds from which BLAS is faster than plain Java, copies included. */
    static final long BLAS_THRESHOLD = 1L << 15;

    private Nd4jGemm blas;

    /** C (m, n) = op(A) · op(B), with op(A) of shape (m, k) and op(B) of shape (k, n). */
    double[] multiply(double[] a, double[] b, int m, int k, int n, boolean transposeA, boolean transposeB,
            DType dtype) {
        if ((long) m * k * n >= BLAS_THRESHOLD) {
            if (blas == null) {
                blas = new Nd4jGemm();
            }
            return blas.multiply(a, b, m, k, n, transposeA, transposeB, dtype);
        }
        return plain(a, b, m, k, n, transposeA, transposeB);
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

package org.layerlab.core.function;

/**
 * The orthonormal factor Q of a reduced QR decomposition A = QR, by Householder reflections (stable
 * to machine precision, unlike classical Gram-Schmidt). Q's columns are then flipped where R's
 * diagonal is negative, as Keras's {@code Orthogonal} does ({@code q *= sign(diag(r))}), which makes
 * the factorisation unique and Q uniformly distributed for a Gaussian A.
 */
final class HouseholderQr {
    private HouseholderQr() {
    }

    /**
     * Q for the row-major m x n matrix {@code a} (m &gt;= n), returned as its n columns of length m.
     */
    static double[][] orthonormalColumns(double[] a, int m, int n) {
        if (m < n) {
            throw new IllegalArgumentException("QR needs at least as many rows as columns, got " + m + " x " + n);
        }
        double[][] r = new double[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                r[j][i] = a[i * n + j];
            }
        }
        double[][] reflectors = new double[n][];
        double[] diagonal = new double[n];
        for (int k = 0; k < n; k++) {
            double[] x = r[k];
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += x[i] * x[i];
            }
            norm = Math.sqrt(norm);
            // Reflect onto -sign(x_k) * |x| so that v = x - alpha e_k never cancels.
            double alpha = x[k] > 0 ? -norm : norm;
            double[] v = new double[m - k];
            for (int i = k; i < m; i++) {
                v[i - k] = x[i];
            }
            v[0] -= alpha;
            double vv = dot(v, v, 0);
            if (vv > 0) {
                for (int j = k; j < n; j++) {
                    reflect(r[j], v, vv, k);
                }
                reflectors[k] = v;
            }
            diagonal[k] = r[k][k];
        }
        double[][] q = new double[n][m];
        for (int j = 0; j < n; j++) {
            q[j][j] = 1;
        }
        // Q = H_0 H_1 ... H_{n-1} applied to the first n unit vectors; H_k leaves columns j < k alone.
        for (int k = n - 1; k >= 0; k--) {
            if (reflectors[k] != null) {
                double vv = dot(reflectors[k], reflectors[k], 0);
                for (int j = k; j < n; j++) {
                    reflect(q[j], reflectors[k], vv, k);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (diagonal[j] < 0) {
                for (int i = 0; i < m; i++) {
                    q[j][i] = -q[j][i];
                }
            }
        }
        return q;
    }

    /** column[k..] -= 2 v (v . column[k..]) / (v . v). */
    private static void reflect(double[] column, double[] v, double vv, int k) {
        double f = 2 * dot(v, column, k) / vv;
        for (int i = 0; i < v.length; i++) {
            column[i + k] -= f * v[i];
        }
    }

    private static double dot(double[] v, double[] column, int offset) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * column[i + offset];
        }
        return s;
    }
}

package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

class InitializersOrthogonalTest {

    private static double[] orthogonal(double gain, Long seed, long... shape) {
        Config spec = Config.builder().put("class_name", "Orthogonal")
                .put("config", Config.builder().put("gain", gain).put("seed", seed).build()).build();
        return Initializers.deserialize(spec).generate(shape, DType.FLOAT32, new SplittableRandom(99));
    }

    /** Max |(A^T A) - expected * I| for the row-major rows x cols matrix a. */
    private static double gramDeviation(double[] a, int rows, int cols, double expected) {
        double worst = 0;
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double dot = 0;
                for (int k = 0; k < rows; k++) {
                    dot += a[k * cols + i] * a[k * cols + j];
                }
                worst = Math.max(worst, Math.abs(dot - (i == j ? expected : 0)));
            }
        }
        return worst;
    }

    private static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    @Test
    void tallMatricesGetOrthonormalColumns() {
        assertThat(gramDeviation(orthogonal(1, null, 400, 300), 400, 300, 1)).isLessThan(1e-9);
    }

    @Test
    void wideMatricesGetOrthonormalRows() {
        double[] w = orthogonal(1, null, 300, 400);
        assertThat(gramDeviation(transpose(w, 300, 400), 400, 300, 1)).isLessThan(1e-9);
    }

    @Test
    void gainScalesTheMatrix() {
        assertThat(gramDeviation(orthogonal(2, 5L, 60, 40), 60, 40, 4)).isLessThan(1e-9);
    }

    @Test
    void convolutionKernelsAreOrthogonalAfterFlatteningAllButTheLastAxis() {
        // (3, 3, 4, 8) flattens to 36 x 8
        assertThat(gramDeviation(orthogonal(1, 1L, 3, 3, 4, 8), 36, 8, 1)).isLessThan(1e-9);
    }

    /**
     * Keras draws a standard normal matrix of shape (max, min), takes Q of its QR decomposition and
     * flips Q's columns where R's diagonal is negative: that is the Gram-Schmidt orthonormalisation of
     * the same matrix, computed here independently from the same seeded draws.
     */
    @Test
    void matchesGramSchmidtOfTheSameSeededNormalMatrix() {
        int rows = 50;
        int cols = 30;
        double[] expected = gramSchmidt(normals(7, rows * cols), rows, cols);
        assertThat(orthogonal(1, 7L, rows, cols)).containsExactly(expected, within(1e-9));

        double[] wideExpected = transpose(gramSchmidt(normals(7, rows * cols), rows, cols), rows, cols);
        assertThat(orthogonal(1, 7L, cols, rows)).containsExactly(wideExpected, within(1e-9));
    }

    private static double[] normals(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    /** Modified Gram-Schmidt on the columns of a row-major matrix. */
    private static double[] gramSchmidt(double[] a, int rows, int cols) {
        double[] q = a.clone();
        for (int j = 0; j < cols; j++) {
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int k = 0; k < rows; k++) {
                    dot += q[k * cols + p] * q[k * cols + j];
                }
                for (int k = 0; k < rows; k++) {
                    q[k * cols + j] -= dot * q[k * cols + p];
                }
            }
            double norm = 0;
            for (int k = 0; k < rows; k++) {
                norm += q[k * cols + j] * q[k * cols + j];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < rows; k++) {
                q[k * cols + j] /= norm;
            }
        }
        return q;
    }

    @Test
    void vectorsAreRejectedWithKerasMessage() {
        assertThatThrownBy(() -> orthogonal(1, null, 10))
                .isInstanceOf(UnsupportedWeightShapeException.class)
                .hasMessageContaining("at least two-dimensional").hasMessageContaining("shape=(10,) of rank 1");
    }
}

package org.layerlab.core.tensor.grad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.function.Activations;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.IncompatibleShapesException;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;

/** Values the tape backend computes, its agreement with the eager ND4J backend, and its tape rules. */
class TapeOpsTest {
    private static final DType F32 = DType.FLOAT32;
    private static final DType F64 = DType.FLOAT64;
    private final TapeBackend backend = new TapeBackend(new WeightStore());
    private final TapeOps ops = backend.eager();

    @Test
    void broadcastsAsNumPy() {
        Tensor column = ops.constant(new double[] {1, 2, 3}, new long[] {3, 1}, F64);
        Tensor row = ops.constant(new double[] {10, 20}, new long[] {1, 2}, F64);
        Tensor sum = ops.add(column, row);
        assertThat(sum.shape()).containsExactly(3, 2);
        assertThat(ops.values(sum)).containsExactly(11, 21, 12, 22, 13, 23);
        assertThatThrownBy(() -> ops.add(column, ops.constant(new double[] {1, 2}, new long[] {2, 1}, F64)))
                .isInstanceOf(IncompatibleShapesException.class).hasMessageContaining("(3, 1)").hasMessageContaining("(2, 1)");
    }

    @Test
    void float32ResultsAreFloat32Values() {
        Tensor a = ops.scalar(0.1, F32);
        Tensor b = ops.scalar(0.2, F32);
        assertThat(ops.values(ops.add(a, b))[0]).isEqualTo((double) (0.1f + 0.2f));
        assertThat(ops.values(ops.divide(ops.scalar(1, F32), ops.scalar(3, F32)))[0]).isEqualTo((double) (1f / 3f));
        assertThat(ops.values(ops.add(ops.scalar(0.1, F64), ops.scalar(0.2, F64)))[0]).isEqualTo(0.1 + 0.2);
    }

    @Test
    void largeProductsThroughBlasEqualTheDefinition() {
        int m = 70;
        int k = 50;
        int n = 40;
        double[] a = Parameters.randomValues(1, m * k);
        double[] b = Parameters.randomValues(2, k * n);
        double[] product = ops.values(ops.matmul(ops.constant(a, new long[] {m, k}, F64), ops.constant(b, new long[] {k, n}, F64)));
        for (int i = 0; i < m; i += 7) {
            for (int j = 0; j < n; j += 3) {
                double expected = 0;
                for (int p = 0; p < k; p++) {
                    expected += a[i * k + p] * b[p * n + j];
                }
                assertThat(product[i * n + j]).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void reductionsAndReshape() {
        Tensor x = ops.constant(new double[] {1, 5, 3, 4, 2, 6}, new long[] {2, 3}, F64);
        assertThat(ops.values(ops.sum(x, 0, false))).containsExactly(5, 7, 9);
        assertThat(ops.mean(x, -1, true).shape()).containsExactly(2, 1);
        assertThat(ops.values(ops.mean(x, -1, true))).containsExactly(3, 4);
        assertThat(ops.values(ops.max(x, 1, false))).containsExactly(5, 6);
        assertThat(ops.reshape(x, new long[] {-1, 2}).shape()).containsExactly(3, 2);
        assertThatThrownBy(() -> ops.reshape(x, new long[] {4, -1})).isInstanceOf(IncompatibleShapesException.class);
        assertThatThrownBy(() -> ops.sum(x, 2, false)).hasMessageContaining("axis 2");
    }

    @Test
    void transposeAndConcatenateAgreeWithTheNd4jBackend() {
        double[] a = Parameters.randomValues(3, 24);
        double[] b = Parameters.randomValues(4, 12);
        NdOps nd = new NdOps();
        int[] axes = {1, 2, 0};
        assertThat(ops.values(ops.transpose(ops.constant(a, new long[] {2, 3, 4}, F64), axes)))
                .containsExactly(nd.values(nd.transpose(nd.constant(a, new long[] {2, 3, 4}, F64), axes)));
        assertThat(ops.transpose(ops.constant(a, new long[] {2, 3, 4}, F64), axes).shape()).containsExactly(3, 4, 2);
        for (int axis : new int[] {0, 1, -1}) {
            long[] bShape = axis == 0 ? new long[] {1, 3, 4} : axis == 1 ? new long[] {2, 1, 4} : new long[] {2, 3, 2};
            double[] bValues = java.util.Arrays.copyOf(b, (int) (bShape[0] * bShape[1] * bShape[2]));
            Tensor joined = ops.concatenate(List.of(ops.constant(a, new long[] {2, 3, 4}, F64),
                    ops.constant(bValues, bShape, F64)), axis);
            Tensor expected = nd.concatenate(List.of(nd.constant(a, new long[] {2, 3, 4}, F64),
                    nd.constant(bValues, bShape, F64)), axis);
            assertThat(joined.shape()).as("axis %d", axis).containsExactly(expected.shape());
            assertThat(ops.values(joined)).as("axis %d", axis).containsExactly(nd.values(expected));
        }
        assertThatThrownBy(() -> ops.concatenate(List.of(ops.constant(a, new long[] {2, 3, 4}, F64),
                ops.constant(b, new long[] {3, 4}, F64)), 0)).isInstanceOf(IncompatibleShapesException.class);
        assertThatThrownBy(() -> ops.transpose(ops.constant(a, new long[] {2, 3, 4}, F64), new int[] {0, 0, 1}))
                .isInstanceOf(IncompatibleShapesException.class).hasMessageContaining("not a permutation");
    }

    static List<String> activations() {
        return List.copyOf(Activations.names());
    }

    /** Eager inference on this backend gives what the ND4J backend gives. */
    @ParameterizedTest
    @MethodSource("activations")
    void agreesWithTheNd4jBackend(String activation) {
        double[] values = Parameters.randomValues(activation.hashCode(), 24);
        for (int i = 0; i < values.length; i++) {
            values[i] *= 4;
        }
        long[] shape = {4, 6};
        NdOps nd = new NdOps();
        double[] expected = nd.values(Activations.get(activation).apply(nd.constant(values, shape, F32), nd));
        double[] actual = ops.values(Activations.get(activation).apply(ops.constant(values, shape, F32), ops));
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s(%s)", activation, values[i])
                    .isCloseTo(expected[i], within(1e-6 + 1e-5 * Math.abs(expected[i])));
        }
    }

    @Test
    void randomSamplesMatchTheNd4jBackend() {
        long[] shape = {3, 5};
        NdOps nd = new NdOps();
        assertThat(ops.values(ops.randomUniform(shape, F32, 42))).containsExactly(nd.values(nd.randomUniform(shape, F32, 42)));
    }

    @Test
    void broadcastOperandsReceiveSummedGradients() {
        List<Variable> w = Parameters.create(F64, 1, new long[] {3, 4}, new long[] {4});
        TapeOps recording = backend.recording(w);
        Map<Variable, double[]> grads = recording.gradients(recording.sumAll(recording.add(recording.read(w.get(0)),
                recording.read(w.get(1)))));
        assertThat(grads.get(w.get(1))).containsExactly(3, 3, 3, 3);
        assertThat(grads.get(w.get(0))).hasSize(12).containsOnly(1.0);
    }

    @Test
    void aWeightReadTwiceAccumulatesAndOthersGetNoGradient() {
        List<Variable> w = Parameters.create(F64, 2, new long[] {2}, new long[] {2});
        TapeOps recording = backend.recording(List.of(w.get(0)));
        Tensor x = recording.read(w.get(0));
        Tensor loss = recording.sumAll(recording.multiply(recording.multiply(x, recording.read(w.get(0))),
                recording.read(w.get(1))));
        Map<Variable, double[]> grads = recording.gradients(loss);
        double[] x0 = backend.weights().values(w.get(0));
        double[] x1 = backend.weights().values(w.get(1));
        assertThat(grads.get(w.get(0))).containsExactly(new double[] {2 * x0[0] * x1[0], 2 * x0[1] * x1[1]}, within(1e-15));
        assertThat(grads).doesNotContainKey(w.get(1));
    }

    @Test
    void gradientsNeedARecordedScalar() {
        List<Variable> w = Parameters.create(F64, 3, new long[] {2});
        TapeOps recording = backend.recording(w);
        assertThatThrownBy(() -> recording.gradients(recording.read(w.get(0)))).hasMessageContaining("scalar");
        TapeOps eager = backend.eager();
        assertThatThrownBy(() -> eager.gradients(eager.scalar(1, F64))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ops.add(new NdOps().scalar(1, F64), ops.scalar(1, F64)))
                .hasMessageContaining("tape backend");
    }

    @Test
    void writeBackStoresTrainedValuesInTheWeights() {
        Variable w = Parameters.withValues(F32, new double[] {1, 2}, 2);
        backend.weights().set(w, new double[] {0.1, 5});
        backend.weights().writeBack();
        assertThat(w.value().data().asDouble()).containsExactly((double) 0.1f, 5);
    }

    @Test
    void erfIsAccurateAcrossItsRange() {
        double[] x = {-4, -3, -1, -1e-3, 0, 0.5, 2.9, 3.1, 6};
        double[] expected = {-0.9999999845827421, -0.9999779095030014, -0.8427007929497149, -0.0011283787909692363,
            0, 0.5204998778130465, 0.9999589021219005, 0.9999883513426328, 1.0};
        double[] actual = ops.values(ops.erf(ops.constant(x, new long[] {x.length}, F64)));
        for (int i = 0; i < x.length; i++) {
            assertThat(actual[i]).as("erf(%s)", x[i]).isCloseTo(expected[i], within(1e-15 + 1e-14 * Math.abs(expected[i])));
        }
    }
}

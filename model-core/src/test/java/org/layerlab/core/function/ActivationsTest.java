package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.ReferenceMath;
import org.layerlab.core.tensor.Tensor;

class ActivationsTest {
    private static final double[] GRID = {-80, -20, -6, -3, -2.5, -1, -0.5, -1e-3, 0, 1e-3, 0.5, 1, 2.5, 3, 6, 7, 20, 80};

    private final NdOps ops = new NdOps();

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    private static double elu(double x) {
        return x > 0 ? x : Math.expm1(x);
    }

    /** Keras's formulas for the element-wise activations, in plain double math. */
    private static final Map<String, DoubleUnaryOperator> KERAS = Map.ofEntries(
            Map.entry("linear", x -> x),
            Map.entry("relu", x -> Math.max(x, 0)),
            Map.entry("relu6", x -> Math.min(Math.max(x, 0), 6)),
            Map.entry("leaky_relu", x -> x >= 0 ? x : 0.2 * x),
            Map.entry("elu", ActivationsTest::elu),
            Map.entry("selu", x -> 1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * Math.expm1(x))),
            Map.entry("sigmoid", ActivationsTest::sigmoid),
            Map.entry("hard_sigmoid", x -> Math.min(Math.max(x / 6 + 0.5, 0), 1)),
            Map.entry("log_sigmoid", x -> Math.log(sigmoid(x))),
            Map.entry("tanh", Math::tanh),
            Map.entry("softplus", ActivationsTest::softplus),
            Map.entry("softsign", x -> x / (1 + Math.abs(x))),
            Map.entry("exponential", Math::exp),
            Map.entry("silu", x -> x * sigmoid(x)),
            Map.entry("swish", x -> x * sigmoid(x)),
            Map.entry("hard_silu", x -> x * Math.min(Math.max(x / 6 + 0.5, 0), 1)),
            Map.entry("hard_swish", x -> x * Math.min(Math.max(x / 6 + 0.5, 0), 1)),
            Map.entry("gelu", x -> 0.5 * x * (1 + ReferenceMath.erf(x / Math.sqrt(2)))),
            Map.entry("mish", x -> x * Math.tanh(softplus(x))));

    static Stream<String> elementwiseNames() {
        return KERAS.keySet().stream().sorted();
    }

    private Tensor grid(DType dtype) {
        return ops.constant(GRID, new long[] {GRID.length}, dtype);
    }

    @ParameterizedTest
    @MethodSource("elementwiseNames")
    void float64MatchesTheKerasFormulaWithin1e12(String name) {
        Tensor y = Activations.get(name).apply(grid(DType.FLOAT64), ops);
        assertThat(y.dtype()).isEqualTo(DType.FLOAT64);
        double[] got = ops.values(y);
        for (int i = 0; i < GRID.length; i++) {
            double expected = KERAS.get(name).applyAsDouble(GRID[i]);
            assertThat(got[i]).as(name + "(" + GRID[i] + ")")
                    .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
        }
    }

    @ParameterizedTest
    @MethodSource("elementwiseNames")
    void float32StaysFloat32AndIsFiniteWhereverKerasIs(String name) {
        Tensor y = Activations.get(name).apply(grid(DType.FLOAT32), ops);
        assertThat(y.dtype()).isEqualTo(DType.FLOAT32);
        double[] got = ops.values(y);
        for (int i = 0; i < GRID.length; i++) {
            float expected = (float) KERAS.get(name).applyAsDouble((float) GRID[i]);
            if (Float.isFinite(expected)) {
                assertThat(got[i]).as(name + "(" + GRID[i] + ")")
                        .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
            } else {
                assertThat(got[i]).as(name + "(" + GRID[i] + ") overflows float32 as in Keras").isEqualTo(expected);
            }
        }
    }

    @Test
    void extremeInputsGiveFiniteValuesInFloat32() {
        Tensor big = ops.constant(new double[] {-100, 100}, new long[] {2}, DType.FLOAT32);
        assertThat(values("softplus", big)).containsExactly(new double[] {Math.exp(-100), 100}, within(1e-45));
        // e^-100 is a float32 denormal; flushing it to 0, as TensorFlow on CPU does, is fine, NaN is not.
        assertThat(values("sigmoid", big)).containsExactly(new double[] {sigmoid(-100), 1}, within(1e-43));
        assertThat(values("log_sigmoid", big)).containsExactly(new double[] {-100, -Math.exp(-100)}, within(1e-45));
        assertThat(values("elu", big)[1]).isEqualTo(100);
        assertThat(values("selu", big)[1]).isCloseTo(105.07009873554805, within(1e-4));
        assertThat(values("mish", big)).containsExactly(new double[] {-100 * Math.exp(-100), 100}, within(1e-41));
        assertThat(values("gelu", big)).containsExactly(new double[] {0, 100}, within(1e-30));
    }

    private double[] values(String name, Tensor x) {
        return ops.values(Activations.get(name).apply(x, ops));
    }

    @Test
    void matchesTheNumbersTensorFlowJsPrinted() {
        Tensor x = ops.constant(new double[] {-4, -1, 0, 1, 4}, new long[] {5}, DType.FLOAT64);
        assertThat(values("selu", x)).containsExactly(new double[] {-1.72590, -1.11133, 0, 1.05070, 4.20280}, within(1e-5));
        assertThat(values("elu", x)).containsExactly(new double[] {-0.98168, -0.63212, 0, 1, 4}, within(1e-5));
        assertThat(values("softplus", x)).containsExactly(new double[] {0.01815, 0.31326, 0.69315, 1.31326, 4.01815}, within(1e-5));
        assertThat(values("softsign", x)).containsExactly(new double[] {-0.8, -0.5, 0, 0.5, 0.8}, within(1e-5));
        assertThat(values("swish", x)).containsExactly(new double[] {-0.07194, -0.26894, 0, 0.73106, 3.92806}, within(1e-5));
        assertThat(values("gelu", x)).containsExactly(new double[] {-0.00013, -0.15866, 0, 0.84134, 3.99987}, within(1e-5));
    }

    @Test
    void hardSigmoidFollowsKeras3NotKeras2() {
        Tensor x = ops.constant(new double[] {-3, -2.5, -1, 1, 2.5, 3}, new long[] {6}, DType.FLOAT64);
        // Keras 2 and TF.js would give 0, 0, 0.3, 0.7, 1, 1.
        assertThat(values("hard_sigmoid", x)).containsExactly(new double[] {0, 1 / 12.0, 1 / 3.0, 2 / 3.0, 11 / 12.0, 1}, within(1e-15));
    }

    @Test
    void softmaxRowsAreProbabilitiesAlongTheLastAxis() {
        Random random = new Random(5);
        double[] x = new double[2 * 3 * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * 5;
        }
        double[] y = ops.values(Activations.get("softmax").apply(ops.constant(x, new long[] {2, 3, 4}, DType.FLOAT64), ops));
        for (int row = 0; row < 6; row++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                double expected = 0;
                for (int k = 0; k < 4; k++) {
                    expected += Math.exp(x[row * 4 + k] - x[row * 4 + j]);
                }
                assertThat(y[row * 4 + j]).isCloseTo(1 / expected, within(1e-15));
                sum += y[row * 4 + j];
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void softmaxOfHugeLogitsIsFiniteInBothPrecisions() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Tensor x = ops.constant(new double[] {1000, 0, -1000, 1000}, new long[] {2, 2}, dtype);
            assertThat(values("softmax", x)).as(dtype.toString()).containsExactly(1, Math.exp(-1000), 0, 1);
            assertThat(values("log_softmax", x)).as(dtype.toString()).containsExactly(0, -1000, -2000, 0);
        }
    }

    @Test
    void logSoftmaxIsTheLogOfSoftmax() {
        double[] x = {0.5, -2, 3, 1e-3};
        double total = Arrays.stream(x).map(Math::exp).sum();
        double[] expected = Arrays.stream(x).map(v -> Math.log(Math.exp(v) / total)).toArray();
        assertThat(values("log_softmax", ops.constant(x, new long[] {4}, DType.FLOAT64))).containsExactly(expected, within(1e-14));
    }

    @Test
    void everyActivationUsesOnlyOpsPrimitives() {
        Ops foreign = foreignBackend();
        Tensor x = ops.constant(GRID, new long[] {2, GRID.length / 2}, DType.FLOAT64);
        for (String name : Activations.names()) {
            Tensor y = Activations.get(name).apply(new ForeignTensor(x), foreign);
            assertThat(y).as(name).isInstanceOf(ForeignTensor.class);
            assertThat(ops.values(((ForeignTensor) y).inner())).as(name)
                    .containsExactly(values(name, x));
        }
    }

    /** A tensor the ND4J backend does not know, so any shortcut around {@link Ops} fails. */
    private record ForeignTensor(Tensor inner) implements Tensor {
        @Override
        public long[] shape() {
            return inner.shape();
        }

        @Override
        public DType dtype() {
            return inner.dtype();
        }
    }

    /** Ops that computes with NdOps but hands out only ForeignTensors. */
    private Ops foreignBackend() {
        return (Ops) Proxy.newProxyInstance(Ops.class.getClassLoader(), new Class<?>[] {Ops.class}, (proxy, method, args) -> {
            Object[] unwrapped = args == null ? null : Arrays.stream(args)
                    .map(a -> a instanceof ForeignTensor f ? f.inner() : a).toArray();
            try {
                Object result = method.invoke(ops, unwrapped);
                return result instanceof NdTensor t ? new ForeignTensor(t) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void everyNameIsKnownAndKeepsTheNameItWasLookedUpBy() {
        assertThat(Activations.names()).containsAll(KERAS.keySet()).contains("softmax", "log_softmax");
        assertThat(Activations.names()).allSatisfy(name -> assertThat(Activations.get(name).name()).isEqualTo(name));
    }

    @Test
    void nullMeansLinear() {
        assertThat(Activations.get(null).name()).isEqualTo("linear");
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Activations.get("relu7")).isInstanceOf(UnknownFunctionException.class)
                .hasMessageContaining("\"relu7\"").hasMessageContaining("leaky_relu");
    }
}

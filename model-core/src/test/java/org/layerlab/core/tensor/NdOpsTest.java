package org.layerlab.core.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

class NdOpsTest {
    private final NdOps ops = new NdOps();

    private record Binary(String name, BinaryOperator<Tensor> op, DoubleBinaryOperator reference) {
        @Override
        public String toString() {
            return name;
        }
    }

    private List<Binary> binaries() {
        return List.of(
                new Binary("add", ops::add, Double::sum),
                new Binary("subtract", ops::subtract, (x, y) -> x - y),
                new Binary("multiply", ops::multiply, (x, y) -> x * y),
                new Binary("divide", ops::divide, (x, y) -> x / y),
                new Binary("maximum", ops::maximum, Math::max),
                new Binary("minimum", ops::minimum, Math::min),
                new Binary("greater", ops::greater, (x, y) -> x > y ? 1 : 0));
    }

    private Tensor f64(long[] shape, double... values) {
        return ops.constant(values, shape, DType.FLOAT64);
    }

    /** Distinct, non-zero, non-integer values so that a wrongly paired element shows. */
    private static double[] distinct(long[] shape, double start) {
        double[] v = new double[(int) ReferenceMath.size(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = start + 1.25 * i * (i % 2 == 0 ? 1 : -1);
        }
        return v;
    }

    static Stream<Arguments> broadcastPairs() {
        return Stream.of(
                Arguments.of(new long[] {4, 3}, new long[] {3}),
                Arguments.of(new long[] {3}, new long[] {4, 3}),
                Arguments.of(new long[] {4, 1, 3}, new long[] {1, 5, 1}),
                Arguments.of(new long[] {}, new long[] {2, 3}),
                Arguments.of(new long[] {2, 3}, new long[] {}),
                Arguments.of(new long[] {4, 1}, new long[] {1, 3}),
                Arguments.of(new long[] {1, 1}, new long[] {3}),
                Arguments.of(new long[] {3}, new long[] {1, 3, 1}),
                Arguments.of(new long[] {2, 1, 3, 1}, new long[] {4, 1, 5}),
                Arguments.of(new long[] {2, 3}, new long[] {2, 3}));
    }

    @ParameterizedTest
    @MethodSource("broadcastPairs")
    void binaryOperationsBroadcastLikeNumpy(long[] shapeA, long[] shapeB) {
        double[] a = distinct(shapeA, 0.5);
        double[] b = distinct(shapeB, -1.75);
        for (Binary binary : binaries()) {
            Tensor result = binary.op().apply(f64(shapeA, a), f64(shapeB, b));
            assertThat(result.shape()).as(binary.name()).containsExactly(ReferenceMath.broadcastShape(shapeA, shapeB));
            assertThat(ops.values(result)).as(binary.name())
                    .containsExactly(ReferenceMath.elementwise(a, shapeA, b, shapeB, binary.reference()), within(1e-15));
        }
    }

    @Test
    void randomCompatibleShapesBroadcastLikeNumpy() {
        Random random = new Random(42);
        int checked = 0;
        while (checked < 200) {
            long[] shapeA = randomShape(random);
            long[] shapeB = randomShape(random);
            if (ReferenceMath.broadcastShape(shapeA, shapeB) == null) {
                continue;
            }
            double[] a = distinct(shapeA, random.nextInt(7) - 3.5);
            double[] b = distinct(shapeB, random.nextInt(7) - 3.25);
            for (Binary binary : binaries()) {
                Tensor result = binary.op().apply(f64(shapeA, a), f64(shapeB, b));
                assertThat(ops.values(result)).as(binary.name() + " " + Shape.ofDims(shapeA) + " " + Shape.ofDims(shapeB))
                        .containsExactly(ReferenceMath.elementwise(a, shapeA, b, shapeB, binary.reference()), within(1e-15));
            }
            checked++;
        }
    }

    private static long[] randomShape(Random random) {
        long[] shape = new long[random.nextInt(5)];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(3);
        }
        return shape;
    }

    @Test
    void incompatibleShapesAreRejectedWithBothShapes() {
        Tensor a = f64(new long[] {4, 3}, distinct(new long[] {4, 3}, 0));
        Tensor b = f64(new long[] {2}, 1, 2);
        assertThatThrownBy(() -> ops.add(a, b)).isInstanceOf(IncompatibleShapesException.class)
                .hasMessage("cannot broadcast shapes (4, 3) and (2,)");
        assertThatThrownBy(() -> ops.where(ops.scalar(1, DType.FLOAT64), a, b))
                .isInstanceOf(IncompatibleShapesException.class);
    }

    @Test
    void operationsNeverModifyTheirInputs() {
        double[] av = {-2.5, -0.5, 0.25, 1.5, 3, 4};
        double[] bv = {0.5, -1.5, 2};
        Tensor a = f64(new long[] {2, 3}, av);
        Tensor b = f64(new long[] {3}, bv);
        for (Binary binary : binaries()) {
            binary.op().apply(a, b);
        }
        for (UnaryOperator<Tensor> unary : List.<UnaryOperator<Tensor>>of(ops::negative, ops::exp, ops::abs,
                ops::square, ops::tanh, ops::sigmoid, ops::erf, ops::log1p, x -> ops.pow(x, 2),
                x -> ops.sum(x, 0, false), x -> ops.mean(x, 1, true), x -> ops.max(x, -1, false), ops::sumAll,
                x -> ops.reshape(x, new long[] {3, 2}), x -> ops.cast(x, DType.FLOAT32),
                x -> ops.where(ops.greater(x, ops.scalar(0, DType.FLOAT64)), x, ops.negative(x)))) {
            unary.apply(a);
        }
        ops.matmul(a, f64(new long[] {3, 1}, 1, 2, 3));
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(ops.values(a)).containsExactly(av);
        assertThat(ops.values(b)).containsExactly(bv);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void everyFloatingOperationKeepsTheInputDtype(DType dtype) {
        Tensor x = ops.constant(new double[] {0.5, 1.5, 2.5, 3.5, 4.5, 5.5}, new long[] {2, 3}, dtype);
        Tensor y = ops.constant(new double[] {1, 2, 3}, new long[] {3}, dtype);
        List<Tensor> results = new ArrayList<>(List.of(ops.negative(x), ops.exp(x), ops.log(x), ops.log1p(x),
                ops.sqrt(x), ops.square(x), ops.abs(x), ops.tanh(x), ops.sigmoid(x), ops.erf(x), ops.pow(x, 1.5),
                ops.where(ops.greater(x, y), x, y), ops.matmul(x, ops.reshape(y, new long[] {3, 1})),
                ops.sum(x, 0, false), ops.mean(x, 0, false), ops.max(x, 0, false), ops.sumAll(x),
                ops.reshape(x, new long[] {6}), ops.scalar(2, dtype), ops.randomUniform(new long[] {2}, dtype, 1)));
        for (Binary binary : binaries()) {
            results.add(binary.op().apply(x, y));
        }
        assertThat(results).allSatisfy(t -> assertThat(t.dtype()).isEqualTo(dtype));
    }

    @Test
    void mixedFloatDtypesPromoteToTheWiderOne() {
        Tensor single = ops.constant(new double[] {1.5}, new long[] {1}, DType.FLOAT32);
        Tensor dbl = ops.constant(new double[] {0.1}, new long[] {1}, DType.FLOAT64);
        assertThat(ops.add(single, dbl).dtype()).isEqualTo(DType.FLOAT64);
        assertThat(ops.add(dbl, single).dtype()).isEqualTo(DType.FLOAT64);
        assertThat(ops.values(ops.add(single, dbl))[0]).isEqualTo(1.6, within(1e-15));
        assertThat(ops.greater(single, dbl).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void integerOperandsFollowKerasResultTypes() {
        Tensor int8 = ops.constant(new double[] {-3, 4}, new long[] {2}, DType.INT8);
        Tensor uint8 = ops.constant(new double[] {200, 1}, new long[] {2}, DType.UINT8);
        Tensor int32 = ops.constant(new double[] {7, 8}, new long[] {2}, DType.INT32);
        Tensor float32 = ops.constant(new double[] {0.5, 0.25}, new long[] {2}, DType.FLOAT32);
        Tensor sum = ops.add(int8, uint8);
        assertThat(sum.dtype()).isEqualTo(DType.INT16);
        assertThat(ops.values(sum)).containsExactly(197, 5);
        assertThat(ops.add(int8, int32).dtype()).isEqualTo(DType.INT32);
        assertThat(ops.multiply(int32, float32).dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(ops.multiply(int32, float32))).containsExactly(3.5, 2);
        assertThat(ops.exp(int32).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void unaryOperationsMatchJavaMath() {
        double[] x = {-80, -20, -3.7, -1, -1e-3, 0, 1e-3, 0.7, 1, 5, 20, 80};
        Tensor t = f64(new long[] {x.length}, x);
        assertMapped(ops.negative(t), x, v -> -v, 0);
        assertMapped(ops.exp(t), x, Math::exp, 1e-15);
        assertMapped(ops.abs(t), x, Math::abs, 0);
        assertMapped(ops.square(t), x, v -> v * v, 1e-15);
        assertMapped(ops.tanh(t), x, Math::tanh, 1e-12);
        assertMapped(ops.sigmoid(t), x, v -> 1 / (1 + Math.exp(-v)), 1e-15);
        assertMapped(ops.erf(t), x, ReferenceMath::erf, 1e-14);
        assertMapped(ops.pow(t, 3), x, v -> v * v * v, 1e-15);
        double[] positive = {1e-300, 1e-5, 0.3, 1, 2.5, 1e5, 1e300};
        Tensor p = f64(new long[] {positive.length}, positive);
        assertMapped(ops.log(p), positive, Math::log, 1e-15);
        assertMapped(ops.sqrt(p), positive, Math::sqrt, 1e-15);
        assertMapped(ops.pow(p, -1.5), positive, v -> Math.pow(v, -1.5), 1e-15);
        assertMapped(ops.pow(p, 0.5), positive, Math::sqrt, 1e-15);
    }

    @Test
    void sigmoidOfLargeNegativeInputIsTinyNotZeroOrNaN() {
        double s = ops.values(ops.sigmoid(ops.scalar(-100, DType.FLOAT64)))[0];
        assertThat(s).isEqualTo(1 / (1 + Math.exp(100)), within(1e-58)).isPositive();
    }

    @Test
    void log1pIsAccurateForTinyArgumentsInBothPrecisions() {
        double[] x = {-0.5, -1e-10, -1e-20, 0, 1e-20, 1e-12, 1e-9, 3, 1e10};
        assertMapped(ops.log1p(f64(new long[] {x.length}, x)), x, Math::log1p, 1e-15);
        double[] single = ops.values(ops.log1p(ops.constant(new double[] {1e-9, 1e-20}, new long[] {2}, DType.FLOAT32)));
        assertThat(single[0]).isCloseTo(1e-9, within(1e-15));
        assertThat(single[1]).isCloseTo(1e-20, within(1e-26));
    }

    @Test
    void powHandlesNegativeBasesWithIntegerExponents() {
        double[] x = {-2, -0.5, 3};
        assertThat(ops.values(ops.pow(f64(new long[] {3}, x), 3))).containsExactly(new double[] {-8, -0.125, 27}, within(1e-15));
        assertThat(ops.values(ops.pow(f64(new long[] {3}, x), 2))).containsExactly(new double[] {4, 0.25, 9}, within(1e-15));
    }

    private void assertMapped(Tensor result, double[] x, DoubleUnaryOperator f, double relativeTolerance) {
        double[] got = ops.values(result);
        assertThat(got).hasSize(x.length);
        for (int i = 0; i < x.length; i++) {
            double expected = f.applyAsDouble(x[i]);
            assertThat(got[i]).as("at x = " + x[i])
                    .isCloseTo(expected, within(relativeTolerance * Math.max(Double.MIN_NORMAL, Math.abs(expected))));
        }
    }

    @Test
    void greaterGivesZeroOrOneInTheFirstOperandsDtype() {
        Tensor a = ops.constant(new double[] {1, 2, 3}, new long[] {3}, DType.FLOAT32);
        Tensor b = ops.constant(new double[] {2, 2, 2}, new long[] {3}, DType.FLOAT32);
        Tensor gt = ops.greater(a, b);
        assertThat(gt.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(gt)).containsExactly(0, 0, 1);
    }

    @Test
    void whereSelectsPerElementAndBroadcastsAllThree() {
        Tensor mask = f64(new long[] {2, 1}, 1, 0);
        Tensor a = f64(new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
        Tensor b = ops.scalar(-1, DType.FLOAT64);
        Tensor chosen = ops.where(mask, a, b);
        assertThat(chosen.shape()).containsExactly(2, 3);
        assertThat(ops.values(chosen)).containsExactly(1, 2, 3, -1, -1, -1);
    }

    @Test
    void whereIgnoresNonFiniteValuesInTheBranchNotTaken() {
        Tensor mask = f64(new long[] {3}, 1, 0, 1);
        Tensor a = f64(new long[] {3}, 1, Double.POSITIVE_INFINITY, 3);
        Tensor b = f64(new long[] {3}, Double.NaN, 20, Double.NEGATIVE_INFINITY);
        assertThat(ops.values(ops.where(mask, a, b))).containsExactly(1, 20, 3);
    }

    @Test
    void matmulContractsTheLastAxisWithA2dMatrix() {
        long[] wShape = {3, 2};
        double[] w = distinct(wShape, 0.5);
        for (long[] xShape : List.of(new long[] {4, 3}, new long[] {2, 5, 3}, new long[] {3})) {
            double[] x = distinct(xShape, -1);
            Tensor y = ops.matmul(f64(xShape, x), f64(wShape, w));
            long[] expectedShape = Arrays.copyOf(xShape, xShape.length);
            expectedShape[xShape.length - 1] = 2;
            assertThat(y.shape()).containsExactly(expectedShape);
            double[] expected = new double[x.length / 3 * 2];
            for (int row = 0; row < x.length / 3; row++) {
                for (int col = 0; col < 2; col++) {
                    for (int k = 0; k < 3; k++) {
                        expected[row * 2 + col] += x[row * 3 + k] * w[k * 2 + col];
                    }
                }
            }
            assertThat(ops.values(y)).containsExactly(expected, within(1e-13));
        }
    }

    @Test
    void matmulKeepsFloat32AndRejectsMismatchedAxes() {
        Tensor x = ops.constant(new double[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, DType.FLOAT32);
        Tensor w = ops.constant(new double[] {1, 0, 0, 1, 1, 1}, new long[] {3, 2}, DType.FLOAT32);
        Tensor y = ops.matmul(x, w);
        assertThat(y.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(y)).containsExactly(4, 5, 10, 11);
        assertThatThrownBy(() -> ops.matmul(x, x)).isInstanceOf(IncompatibleShapesException.class)
                .hasMessageContaining("(2, 3)");
    }

    @Test
    void reductionsAcceptEveryAxisIncludingNegativeOnesAndKeepDims() {
        long[] shape = {2, 3, 4};
        double[] x = distinct(shape, 0.3);
        Tensor t = f64(shape, x);
        for (int axis = -3; axis < 3; axis++) {
            int a = (axis + 3) % 3;
            for (boolean keepDims : new boolean[] {false, true}) {
                long[] expectedShape = reducedShape(shape, a, keepDims);
                assertReduced(ops.sum(t, axis, keepDims), expectedShape, reduce(x, shape, a, "sum"));
                assertReduced(ops.mean(t, axis, keepDims), expectedShape, reduce(x, shape, a, "mean"));
                assertReduced(ops.max(t, axis, keepDims), expectedShape, reduce(x, shape, a, "max"));
            }
        }
        assertThatThrownBy(() -> ops.sum(t, 3, false)).isInstanceOf(IncompatibleShapesException.class)
                .hasMessage("axis 3 is out of range for shape (2, 3, 4)");
        assertThatThrownBy(() -> ops.max(t, -4, true)).isInstanceOf(IncompatibleShapesException.class);
    }

    private void assertReduced(Tensor result, long[] shape, double[] values) {
        assertThat(result.shape()).containsExactly(shape);
        assertThat(ops.values(result)).containsExactly(values, within(1e-13));
    }

    private static long[] reducedShape(long[] shape, int axis, boolean keepDims) {
        List<Long> dims = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            if (i != axis) {
                dims.add(shape[i]);
            } else if (keepDims) {
                dims.add(1L);
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Reduces a row-major array over one axis by walking (outer, axis, inner) index triples. */
    private static double[] reduce(double[] x, long[] shape, int axis, String kind) {
        int outer = 1;
        int inner = 1;
        for (int i = 0; i < axis; i++) {
            outer *= (int) shape[i];
        }
        for (int i = axis + 1; i < shape.length; i++) {
            inner *= (int) shape[i];
        }
        int n = (int) shape[axis];
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                double acc = kind.equals("max") ? Double.NEGATIVE_INFINITY : 0;
                for (int k = 0; k < n; k++) {
                    double v = x[(o * n + k) * inner + in];
                    acc = kind.equals("max") ? Math.max(acc, v) : acc + v;
                }
                out[o * inner + in] = kind.equals("mean") ? acc / n : acc;
            }
        }
        return out;
    }

    @Test
    void sumAllGivesAScalar() {
        Tensor s = ops.sumAll(f64(new long[] {2, 2}, 1, 2, 3, 4.5));
        assertThat(s.shape()).isEmpty();
        assertThat(ops.values(s)).containsExactly(10.5);
    }

    @Test
    void reshapeKeepsRowMajorOrderAndInfersOneAxis() {
        double[] x = distinct(new long[] {2, 3, 4}, 1);
        Tensor t = f64(new long[] {2, 3, 4}, x);
        Tensor r = ops.reshape(t, new long[] {6, -1});
        assertThat(r.shape()).containsExactly(6, 4);
        assertThat(ops.values(r)).containsExactly(x);
        assertThat(ops.reshape(ops.scalar(3, DType.FLOAT64), new long[] {1, 1}).shape()).containsExactly(1, 1);
        assertThatThrownBy(() -> ops.reshape(t, new long[] {5, -1})).isInstanceOf(IncompatibleShapesException.class)
                .hasMessage("cannot reshape (2, 3, 4) into (5, -1)");
        assertThatThrownBy(() -> ops.reshape(t, new long[] {-1, -1})).isInstanceOf(IncompatibleShapesException.class);
        assertThatThrownBy(() -> ops.reshape(t, new long[] {4, 5})).isInstanceOf(IncompatibleShapesException.class);
    }

    @Test
    void valuesAreRowMajorEvenForResultsNd4jStoresColumnMajor() {
        Tensor x = f64(new long[] {2, 2}, 1, 2, 3, 4);
        Tensor identityTimesX = ops.matmul(f64(new long[] {2, 2}, 1, 0, 0, 1), x);
        assertThat(ops.values(identityTimesX)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void castConvertsTheDtypeAndRoundsToIt() {
        Tensor x = f64(new long[] {2}, 0.1, 2.5);
        Tensor single = ops.cast(x, DType.FLOAT32);
        assertThat(single.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(single)).containsExactly((double) 0.1f, 2.5);
        assertThat(ops.cast(single, DType.FLOAT64).dtype()).isEqualTo(DType.FLOAT64);
    }

    @Test
    void scalarAndConstantHaveTheRequestedShapeAndDtype() {
        Tensor s = ops.scalar(2.5, DType.FLOAT32);
        assertThat(s.shape()).isEmpty();
        assertThat(s.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(s)).containsExactly(2.5);
        Tensor c = ops.constant(new double[] {1, 2, 3, 4, 5, 6}, new long[] {3, 2}, DType.FLOAT64);
        assertThat(c.shape()).containsExactly(3, 2);
        assertThat(ops.values(c)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThatThrownBy(() -> ops.constant(new double[] {1, 2}, new long[] {3}, DType.FLOAT64))
                .isInstanceOf(IncompatibleShapesException.class).hasMessage("a constant of shape (3,) needs 3 values, got 2");
    }

    @Test
    void randomUniformDependsOnlyOnTheSeed() {
        long[] shape = {50, 20};
        Nd4j.getRandom().setSeed(1);
        double[] first = ops.values(ops.randomUniform(shape, DType.FLOAT32, 7));
        Nd4j.getRandom().setSeed(99);
        Nd4j.rand(3, 3);
        double[] again = ops.values(ops.randomUniform(shape, DType.FLOAT32, 7));
        double[] other = ops.values(ops.randomUniform(shape, DType.FLOAT32, 8));
        assertThat(again).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void randomUniformSamplesLieInTheHalfOpenUnitInterval(DType dtype) {
        Tensor r = ops.randomUniform(new long[] {100, 100}, dtype, 3);
        assertThat(r.dtype()).isEqualTo(dtype);
        assertThat(r.shape()).containsExactly(100, 100);
        double[] v = ops.values(r);
        assertThat(Arrays.stream(v).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(v).max().orElseThrow()).isLessThan(1);
        assertThat(Arrays.stream(v).average().orElseThrow()).isCloseTo(0.5, within(0.01));
        assertThat(Arrays.stream(v).filter(x -> x < 0.25).count()).isBetween(2300L, 2700L);
    }

    @Test
    void randomUniformRejectsIntegerDtypes() {
        assertThatThrownBy(() -> ops.randomUniform(new long[] {2}, DType.INT32, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("int32");
    }

    @Test
    void readGivesTheWeightsCurrentValue() {
        Layer dense = LayerRegistry.withInstalledLayers().create("Dense", Config.builder().put("name", "dense").put("units", 2L).build());
        dense.ensureBuilt(List.of(Shape.batchOf(3)), List.of(DType.FLOAT32));
        Weight kernel = dense.weights().get(0);
        kernel.assign(Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {3, 2}));
        Tensor read = ops.read(kernel);
        assertThat(read.shape()).containsExactly(3, 2);
        assertThat(read.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(read)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void tensorsOfAnotherBackendAreRejected() {
        Tensor foreign = new Tensor() {
            @Override
            public long[] shape() {
                return new long[] {1};
            }

            @Override
            public DType dtype() {
                return DType.FLOAT64;
            }
        };
        assertThatThrownBy(() -> ops.exp(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same Ops");
    }
}

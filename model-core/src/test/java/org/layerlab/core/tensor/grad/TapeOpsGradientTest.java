package org.layerlab.core.tensor.grad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.train.GradientCheck;

/** Every primitive's backward rule against central finite differences in float64. */
class TapeOpsGradientTest {
    private static final DType F64 = DType.FLOAT64;

    private static Arguments op(String name, long[][] shapes, BiFunction<List<Tensor>, Ops, Tensor> f) {
        return Arguments.of(name, shapes, f);
    }

    private static long[][] shapes(long[]... s) {
        return s;
    }

    private static long[] s(long... dims) {
        return dims;
    }

    static Stream<Arguments> primitives() {
        long[][] one = shapes(s(3, 4));
        long[][] same = shapes(s(3, 4), s(3, 4));
        return Stream.of(
                op("add", same, (x, o) -> o.add(x.get(0), x.get(1))),
                op("add row broadcast", shapes(s(3, 4), s(4)), (x, o) -> o.add(x.get(0), x.get(1))),
                op("add outer broadcast", shapes(s(3, 1), s(1, 4)), (x, o) -> o.add(x.get(0), x.get(1))),
                op("subtract scalar", shapes(s(3, 4), s()), (x, o) -> o.subtract(x.get(0), x.get(1))),
                op("subtract broadcast left", shapes(s(4), s(2, 3, 4)), (x, o) -> o.subtract(x.get(0), x.get(1))),
                op("multiply", same, (x, o) -> o.multiply(x.get(0), x.get(1))),
                op("multiply middle axis", shapes(s(2, 3, 4), s(1, 3, 1)), (x, o) -> o.multiply(x.get(0), x.get(1))),
                op("multiply self", one, (x, o) -> o.multiply(x.get(0), x.get(0))),
                op("divide", same, (x, o) -> o.divide(x.get(0), x.get(1))),
                op("divide broadcast", shapes(s(3, 4), s(3, 1)), (x, o) -> o.divide(x.get(0), x.get(1))),
                op("maximum", same, (x, o) -> o.maximum(x.get(0), x.get(1))),
                op("maximum broadcast", shapes(s(3, 4), s(4)), (x, o) -> o.maximum(x.get(0), x.get(1))),
                op("minimum", same, (x, o) -> o.minimum(x.get(0), x.get(1))),
                op("negative", one, (x, o) -> o.negative(x.get(0))),
                op("exp", one, (x, o) -> o.exp(x.get(0))),
                op("log", one, (x, o) -> o.log(o.abs(x.get(0)))),
                op("log1p", one, (x, o) -> o.log1p(o.abs(x.get(0)))),
                op("sqrt", one, (x, o) -> o.sqrt(o.abs(x.get(0)))),
                op("square", one, (x, o) -> o.square(x.get(0))),
                op("abs", one, (x, o) -> o.abs(x.get(0))),
                op("tanh", one, (x, o) -> o.tanh(x.get(0))),
                op("sigmoid", one, (x, o) -> o.sigmoid(x.get(0))),
                op("erf", one, (x, o) -> o.erf(x.get(0))),
                op("pow integer", one, (x, o) -> o.pow(x.get(0), 3)),
                op("pow fractional", one, (x, o) -> o.pow(o.abs(x.get(0)), 2.5)),
                op("where", shapes(s(3, 4), s(4)), (x, o) -> o.where(
                        o.greater(x.get(0), o.scalar(0, F64)), x.get(0), x.get(1))),
                op("greater passes no gradient", one, (x, o) -> o.multiply(
                        o.greater(x.get(0), o.scalar(0.3, F64)), x.get(0))),
                op("matmul", shapes(s(3, 4), s(4, 5)), (x, o) -> o.matmul(x.get(0), x.get(1))),
                op("matmul rank 3", shapes(s(2, 3, 4), s(4, 2)), (x, o) -> o.matmul(x.get(0), x.get(1))),
                op("matmul through BLAS", shapes(s(40, 30), s(30, 40)), (x, o) -> o.matmul(x.get(0), x.get(1))),
                op("sum axis 0", one, (x, o) -> o.sum(x.get(0), 0, false)),
                op("sum axis -1 keepdims", shapes(s(2, 3, 4)), (x, o) -> o.sum(x.get(0), -1, true)),
                op("mean axis 1", shapes(s(2, 3, 4)), (x, o) -> o.mean(x.get(0), 1, false)),
                op("max axis 1", one, (x, o) -> o.max(x.get(0), 1, true)),
                op("max axis 0", shapes(s(2, 3, 4)), (x, o) -> o.max(x.get(0), 0, false)),
                op("sumAll", one, (x, o) -> o.sumAll(o.square(x.get(0)))),
                op("reshape", one, (x, o) -> o.multiply(o.reshape(x.get(0), s(2, -1)),
                        o.reshape(x.get(0), s(2, 6)))),
                op("cast", one, (x, o) -> o.square(o.cast(x.get(0), F64))),
                op("transpose", shapes(s(2, 3, 4)), (x, o) -> o.transpose(x.get(0), new int[] {2, 0, 1})),
                op("concatenate last axis", shapes(s(2, 3), s(2, 5)), (x, o) -> o.concatenate(x, -1)),
                op("concatenate middle axis", shapes(s(2, 1, 3), s(2, 4, 3), s(2, 2, 3)),
                        (x, o) -> o.concatenate(x, 1)),
                op("concatenate self", shapes(s(2, 3)), (x, o) -> o.concatenate(List.of(x.get(0), x.get(0)), 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitives")
    void gradientMatchesFiniteDifferences(String name, long[][] shapes, BiFunction<List<Tensor>, Ops, Tensor> f) {
        List<Variable> weights = Parameters.create(F64, name.hashCode(), shapes);
        GradientCheck.Result result = GradientCheck.check(weights, ops -> {
            List<Tensor> xs = new ArrayList<>();
            for (Variable w : weights) {
                xs.add(ops.read(w));
            }
            Tensor y = f.apply(xs, ops);
            double[] c = Parameters.randomValues(7, ops.values(y).length);
            return ops.sumAll(ops.multiply(y, ops.constant(c, y.shape(), F64)));
        }, 1e-5);
        assertThat(result.maxRelativeError()).as(result.worst()).isLessThan(1e-6);
    }
}

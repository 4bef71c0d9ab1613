package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.UnknownFunctionException;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.tensor.grad.Parameters;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.WeightStore;

/** Loss values against the Keras formulas written out per sample, and their gradients. */
class LossesTest {
    private static final DType F64 = DType.FLOAT64;
    private final Ops ops = new TapeBackend(new WeightStore()).eager();

    private double loss(Loss loss, double[] yTrue, long[] trueShape, double[] yPred, long[] predShape) {
        Tensor t = ops.constant(yTrue, trueShape, F64);
        Tensor p = ops.constant(yPred, predShape, F64);
        return ops.values(loss.compute(t, p, ops))[0];
    }

    private static Loss named(String className, boolean fromLogits) {
        return Losses.deserialize(Config.builder().put("class_name", className)
                .put("config", Config.builder().put("from_logits", fromLogits).build()).build());
    }

    @Test
    void meanSquaredAndAbsoluteErrorAverageOverOutputsThenBatch() {
        double[] t = {0, 1, 2, 3};
        double[] p = {1, 1, 0, 4};
        double mse = ((1 + 0) / 2.0 + (4 + 1) / 2.0) / 2;
        double mae = ((1 + 0) / 2.0 + (2 + 1) / 2.0) / 2;
        assertThat(loss(Losses.deserialize("mse"), t, new long[] {2, 2}, p, new long[] {2, 2})).isCloseTo(mse, within(1e-12));
        assertThat(loss(Losses.deserialize("mean_absolute_error"), t, new long[] {2, 2}, p, new long[] {2, 2}))
                .isCloseTo(mae, within(1e-12));
    }

    @Test
    void labelsOfRankOneMatchASingleOutputUnit() {
        double value = loss(Losses.deserialize("mse"), new double[] {1, 2}, new long[] {2}, new double[] {0, 0}, new long[] {2, 1});
        assertThat(value).isCloseTo((1 + 4) / 2.0, within(1e-12));
    }

    @Test
    void binaryCrossentropyFromProbabilitiesClipsLikeKeras() {
        double[] t = {1, 0, 1};
        double[] p = {0.9, 0.2, 0.0};
        double eps = 1e-7;
        double expected = (-Math.log(0.9) - Math.log(0.8) - Math.log(eps)) / 3;
        assertThat(loss(Losses.deserialize("binary_crossentropy"), t, new long[] {3, 1}, p, new long[] {3, 1}))
                .isCloseTo(expected, within(1e-9));
    }

    @Test
    void binaryCrossentropyFromLogitsIsStableForLargeLogits() {
        double[] t = {1, 0, 0, 1};
        double[] x = {2, -1, 1000, -1000};
        double expected = (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1)) + 1000 + 1000) / 4;
        assertThat(loss(named("BinaryCrossentropy", true), t, new long[] {4, 1}, x, new long[] {4, 1}))
                .isCloseTo(expected, within(1e-9));
    }

    @Test
    void categoricalCrossentropyFromProbabilitiesRenormalises() {
        double[] t = {0, 1, 0, 1, 0, 0};
        double[] p = {0.2, 0.6, 0.2, 1.0, 0.5, 0.5};
        double expected = (-Math.log(0.6) - Math.log(0.5)) / 2;
        assertThat(loss(Losses.deserialize("categorical_crossentropy"), t, new long[] {2, 3}, p, new long[] {2, 3}))
                .isCloseTo(expected, within(1e-9));
    }

    @Test
    void categoricalCrossentropyFromLogitsIsLogSoftmax() {
        double[] t = {0, 0, 1};
        double[] x = {1, 2, 800};
        double expected = -(800 - (800 + Math.log(Math.exp(1 - 800.0) + Math.exp(2 - 800.0) + 1)));
        assertThat(loss(named("CategoricalCrossentropy", true), t, new long[] {1, 3}, x, new long[] {1, 3}))
                .isCloseTo(expected, within(1e-12));
        double[] y = {1, 2, 3};
        double softmax3 = Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3));
        assertThat(loss(named("CategoricalCrossentropy", true), t, new long[] {1, 3}, y, new long[] {1, 3}))
                .isCloseTo(-Math.log(softmax3), within(1e-12));
    }

    @Test
    void sparseCategoricalCrossentropyTakesClassIndices() {
        double[] x = {1, 2, 3, 0.5, 0.1, 0.2};
        double[] oneHot = {0, 0, 1, 1, 0, 0};
        double dense = loss(named("CategoricalCrossentropy", true), oneHot, new long[] {2, 3}, x, new long[] {2, 3});
        assertThat(loss(named("SparseCategoricalCrossentropy", true), new double[] {2, 0}, new long[] {2}, x, new long[] {2, 3}))
                .isCloseTo(dense, within(1e-12));
        assertThat(loss(named("SparseCategoricalCrossentropy", true), new double[] {2, 0}, new long[] {2, 1}, x, new long[] {2, 3}))
                .isCloseTo(dense, within(1e-12));
        double[] p = {0.1, 0.2, 0.7};
        assertThat(loss(Losses.deserialize("sparse_categorical_crossentropy"), new double[] {2}, new long[] {1}, p, new long[] {1, 3}))
                .isCloseTo(-Math.log(0.7), within(1e-9));
    }

    @Test
    void sparseLabelsOutOfRangeAreNamed() {
        assertThatThrownBy(() -> loss(Losses.deserialize("sparse_categorical_crossentropy"), new double[] {3},
                new long[] {1}, new double[] {0.5, 0.5, 0}, new long[] {1, 3}))
                .hasMessageContaining("label 3.0").hasMessageContaining("[0, 3)");
    }

    @Test
    void mismatchedShapesAreNamed() {
        assertThatThrownBy(() -> loss(Losses.deserialize("categorical_crossentropy"), new double[] {1, 0},
                new long[] {1, 2}, new double[] {0.5, 0.3, 0.2}, new long[] {1, 3}))
                .hasMessageContaining("categorical_crossentropy").hasMessageContaining("(1, 2)")
                .hasMessageContaining("(1, 3)");
    }

    @Test
    void namesAndConfigsRoundTrip() {
        assertThat(Losses.deserialize("mse").name()).isEqualTo("mean_squared_error");
        assertThat(Losses.deserialize("mae").name()).isEqualTo("mean_absolute_error");
        for (String name : Losses.names()) {
            Loss loss = Losses.deserialize(name);
            assertThat(loss.name()).isEqualTo(name);
            Loss again = Losses.deserialize(Losses.serialize(loss));
            assertThat(again.config()).isEqualTo(loss.config());
        }
        Loss logits = named("BinaryCrossentropy", true);
        assertThat(Losses.serialize(logits).getConfig("config").getBoolean("from_logits", false)).isTrue();
        assertThatThrownBy(() -> Losses.deserialize("hinge")).isInstanceOf(UnknownFunctionException.class)
                .hasMessageContaining("hinge");
        assertThatThrownBy(() -> Losses.deserialize(Config.builder().put("class_name", "MeanSquaredError")
                .put("config", Config.builder().put("reduction", "sum").build()).build()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("reduction");
    }

    /** Gradients of each loss with respect to the predictions, in float64 against finite differences. */
    @ParameterizedTest
    @ValueSource(strings = {"MeanSquaredError", "MeanAbsoluteError", "BinaryCrossentropy", "BinaryCrossentropy:logits",
        "CategoricalCrossentropy", "CategoricalCrossentropy:logits", "SparseCategoricalCrossentropy",
        "SparseCategoricalCrossentropy:logits"})
    void gradientsMatchFiniteDifferences(String spec) {
        String className = spec.split(":")[0];
        boolean logits = spec.endsWith(":logits");
        Loss loss = named(className, logits);
        Variable prediction = Parameters.create(F64, spec.hashCode(), new long[] {4, 3}).get(0);
        boolean sparse = className.startsWith("Sparse");
        double[] labels = sparse ? new double[] {0, 2, 1, 2} : labels(className);
        long[] labelShape = sparse ? new long[] {4} : new long[] {4, 3};
        Function<Ops, Tensor> f = o -> {
            Tensor raw = o.read(prediction);
            Tensor p = logits || className.startsWith("Mean") ? raw : o.sigmoid(raw);
            return loss.compute(o.constant(labels, labelShape, F64), p, o);
        };
        GradientCheck.Result result = GradientCheck.check(List.of(prediction), f, 1e-6);
        assertThat(result.maxRelativeError()).as(result.worst()).isLessThan(1e-6);
    }

    private static double[] labels(String className) {
        if (className.equals("CategoricalCrossentropy")) {
            return new double[] {1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1};
        }
        if (className.equals("BinaryCrossentropy")) {
            return new double[] {1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0};
        }
        return Parameters.randomValues(3, 12);
    }

    @Test
    void theSuggestedLossFollowsTheTargetAndTheOutputWidth() {
        assertThat(Losses.suggestedFor(org.layerlab.core.data.Target.classes("species", List.of("a", "b", "c")), 3))
                .isEqualTo("categorical_crossentropy");
        assertThat(Losses.suggestedFor(org.layerlab.core.data.Target.classes("label", List.of("0", "1")), 1))
                .isEqualTo("binary_crossentropy");
        assertThat(Losses.suggestedFor(org.layerlab.core.data.Target.classes("label", List.of("0", "1")), 2))
                .isEqualTo("categorical_crossentropy");
        assertThat(Losses.suggestedFor(org.layerlab.core.data.Target.regression("y"), 1)).isEqualTo("mean_squared_error");
    }
}

package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.Ops;

/** MaxNorm, NonNeg, UnitNorm and MinMaxNorm against Keras's formulas (keras-format.md section 7.4). */
class ConstraintsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPSILON = 1e-7;

    /** A 2 x 3 kernel whose columns have norms 1, 3 and 5 and whose rows have norms sqrt(10) and sqrt(25). */
    private static final double[] KERNEL = {0.6, 0, 3, 0.8, 3, 4};
    private static final double[] COLUMN_NORMS = {1, 3, 5};
    private static final long[] SHAPE = {2, 3};

    private final Ops ops = new NdOps();

    private static Config json(String text) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(text, Map.class);
        return Config.of(map);
    }

    private double[] apply(Constraint c, double[] w, long... shape) {
        return ops.values(c.apply(ops.constant(w, shape, DType.FLOAT64), ops));
    }

    /** Each column of KERNEL scaled by desired(norm) / (epsilon + norm). */
    private static double[] scaleColumns(DoubleUnaryOperator desired) {
        double[] out = new double[KERNEL.length];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                double n = COLUMN_NORMS[j];
                out[i * 3 + j] = KERNEL[i * 3 + j] * desired.applyAsDouble(n) / (EPSILON + n);
            }
        }
        return out;
    }

    @Test
    void maxNormShrinksOnlyColumnsLongerThanMaxValue() {
        double[] expected = scaleColumns(n -> Math.min(n, 2));
        assertThat(apply(new MaxNorm(2, AxisNorms.of(0)), KERNEL, SHAPE)).containsExactly(expected, within(1e-12));
        assertThat(apply(Constraints.deserialize("max_norm"), KERNEL, SHAPE)).containsExactly(expected, within(1e-12));
    }

    @Test
    void maxNormAlongAxisOneMeasuresRows() {
        double[] rowNorms = {Math.sqrt(0.36 + 9), Math.sqrt(0.64 + 9 + 16)};
        double[] expected = new double[6];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = KERNEL[i * 3 + j] * Math.min(rowNorms[i], 4) / (EPSILON + rowNorms[i]);
            }
        }
        assertThat(apply(new MaxNorm(4, AxisNorms.of(1)), KERNEL, SHAPE)).containsExactly(expected, within(1e-12));
        assertThat(apply(new MaxNorm(4, AxisNorms.of(-1)), KERNEL, SHAPE)).containsExactly(expected, within(1e-12));
    }

    @Test
    void maxNormOverSeveralAxesMeasuresEachFilter() {
        // shape (2, 2, 2): filter k is w[:, :, k]; filter 0 = {3, 0, 0, 4} (norm 5), filter 1 = {1, 0, 0, 0}
        double[] w = {3, 1, 0, 0, 0, 0, 4, 0};
        double[] expected = new double[8];
        for (int i = 0; i < 8; i++) {
            double n = i % 2 == 0 ? 5 : 1;
            expected[i] = w[i] * Math.min(n, 2) / (EPSILON + n);
        }
        assertThat(apply(new MaxNorm(2, AxisNorms.of(List.of(0, 1))), w, 2, 2, 2)).containsExactly(expected, within(1e-12));
    }

    @Test
    void nonNegZeroesNegativeWeights() {
        assertThat(apply(Constraints.deserialize("non_neg"), new double[] {-1.5, 0, 2, -0.1}, 4))
                .containsExactly(0, 0, 2, 0);
    }

    @Test
    void unitNormGivesEveryColumnNormOne() {
        double[] out = apply(Constraints.deserialize("unit_norm"), KERNEL, SHAPE);
        assertThat(out).containsExactly(scaleColumns(n -> 1), within(1e-12));
        for (int j = 0; j < 3; j++) {
            assertThat(Math.hypot(out[j], out[3 + j])).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void minMaxNormMovesNormsTowardsTheRangeAtTheRate() {
        double[] expected = scaleColumns(n -> 0.5 * Math.min(Math.max(n, 2), 4) + 0.5 * n);
        assertThat(apply(new MinMaxNorm(2, 4, 0.5, AxisNorms.of(0)), KERNEL, SHAPE))
                .containsExactly(expected, within(1e-12));
        double[] defaults = scaleColumns(n -> Math.min(Math.max(n, 0), 1));
        assertThat(apply(Constraints.deserialize("min_max_norm"), KERNEL, SHAPE)).containsExactly(defaults, within(1e-12));
    }

    @Test
    void anAxisBeyondTheWeightsRankIsAConfigError() {
        assertThatThrownBy(() -> apply(new UnitNorm(AxisNorms.of(2)), KERNEL, SHAPE))
                .isInstanceOf(ConfigException.class).hasMessageContaining("axis 2").hasMessageContaining("rank 2");
    }

    @ParameterizedTest
    @CsvSource({
        "max_norm, MaxNorm", "MaxNorm, MaxNorm", "maxnorm, MaxNorm", "non_neg, NonNeg", "NonNeg, NonNeg",
        "nonneg, NonNeg", "unit_norm, UnitNorm", "unitnorm, UnitNorm", "min_max_norm, MinMaxNorm",
        "MinMaxNorm, MinMaxNorm"
    })
    void stringIdentifiersResolveAsInKeras(String identifier, String className) {
        assertThat(Constraints.deserialize(identifier).className()).isEqualTo(className);
    }

    @Test
    void defaultsAndConfigKeysAreKeras() {
        assertThat(Constraints.serialize(Constraints.deserialize("max_norm")).getConfig("config"))
                .isEqualTo(Config.builder().put("max_value", 2.0).put("axis", 0).build());
        assertThat(Constraints.serialize(Constraints.deserialize("unit_norm")).getConfig("config"))
                .isEqualTo(Config.builder().put("axis", 0).build());
        assertThat(Constraints.serialize(Constraints.deserialize("min_max_norm")).getConfig("config"))
                .isEqualTo(Config.builder().put("min_value", 0.0).put("max_value", 1.0).put("rate", 1.0)
                        .put("axis", 0).build());
        assertThat(Constraints.serialize(new NonNeg())).isEqualTo(Config.builder().put("class_name", "NonNeg")
                .put("config", Config.empty()).build());
        assertThat(Constraints.serialize(null)).isNull();
        assertThat(Constraints.deserialize(null)).isNull();
    }

    @Test
    void everyConstraintRoundTripsIncludingAListAxis() {
        for (Constraint c : new Constraint[] {new MaxNorm(3, AxisNorms.of(List.of(0, 1, 2))), new NonNeg(),
                new UnitNorm(AxisNorms.of(1)), new MinMaxNorm(0.5, 2, 0.25, AxisNorms.of(-1))}) {
            Config serialised = Constraints.serialize(c);
            assertThat(Constraints.serialize(Constraints.deserialize(serialised))).isEqualTo(serialised);
        }
        assertThat(Constraints.serialize(new MaxNorm(3, AxisNorms.of(List.of(0, 1, 2)))).getConfig("config")
                .getList("axis")).containsExactly(0L, 1L, 2L);
    }

    @Test
    void readsKeras3Json() throws Exception {
        Constraint c = Constraints.deserialize(json("""
                {"module": "keras.constraints", "class_name": "MaxNorm", "config": {"max_value": 3, "axis": [0, 1]},
                 "registered_name": null}"""));
        assertThat(Constraints.serialize(c).getConfig("config"))
                .isEqualTo(Config.builder().put("max_value", 3.0).put("axis", List.of(0, 1)).build());
    }

    @Test
    void rejectsUnknownNamesAndFields() throws Exception {
        assertThatThrownBy(() -> Constraints.deserialize("radial_constraint"))
                .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("radial_constraint");
        assertThatThrownBy(() -> Constraints.deserialize(json("""
                {"class_name": "UnitNorm", "config": {"axis": 0, "max_value": 1}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max_value");
        assertThatThrownBy(() -> Constraints.deserialize(json("""
                {"class_name": "UnitNorm", "config": {"axis": "rows"}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("axis");
    }
}

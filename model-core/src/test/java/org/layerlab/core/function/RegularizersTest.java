package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** L1, L2 and L1L2 penalties against l1 * sum|w| + l2 * sum w^2 (keras-format.md section 7.3). */
class RegularizersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] SHAPE = {7, 5};

    private final Ops ops = new NdOps();
    private final double[] w = randomWeights();

    private static double[] randomWeights() {
        SplittableRandom r = new SplittableRandom(11);
        double[] v = new double[35];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble(-2, 2);
        }
        return v;
    }

    private static Config json(String text) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(text, Map.class);
        return Config.of(map);
    }

    private double sumAbs() {
        double s = 0;
        for (double x : w) {
            s += Math.abs(x);
        }
        return s;
    }

    private double sumSquares() {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return s;
    }

    private double penalty(Regularizer r) {
        Tensor p = r.penalty(ops.constant(w, SHAPE, DType.FLOAT64), ops);
        double[] values = ops.values(p);
        assertThat(values).as("a penalty is one number").hasSize(1);
        return values[0];
    }

    @Test
    void l1IsFactorTimesSumOfAbsoluteValues() {
        assertThat(penalty(NormPenalty.l1(0.3))).isCloseTo(0.3 * sumAbs(), within(1e-12));
        assertThat(penalty(Regularizers.deserialize("l1"))).isCloseTo(0.01 * sumAbs(), within(1e-12));
    }

    @Test
    void l2IsFactorTimesSumOfSquaresWithoutAHalf() {
        assertThat(penalty(NormPenalty.l2(0.2))).isCloseTo(0.2 * sumSquares(), within(1e-12));
        assertThat(penalty(Regularizers.deserialize("l2"))).isCloseTo(0.01 * sumSquares(), within(1e-12));
    }

    @Test
    void l1l2AddsBothTerms() {
        assertThat(penalty(NormPenalty.l1l2(0.1, 0.4))).isCloseTo(0.1 * sumAbs() + 0.4 * sumSquares(), within(1e-12));
        assertThat(penalty(NormPenalty.l1l2(0, 0))).isZero();
    }

    @Test
    void penaltiesKeepTheWeightsDtype() {
        Tensor p = NormPenalty.l2(0.5).penalty(ops.constant(new double[] {1, 2}, new long[] {2}, DType.FLOAT32), ops);
        assertThat(p.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(ops.values(p)[0]).isCloseTo(2.5, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({
        "l1, L1, 0.01, 0", "L1, L1, 0.01, 0", "l2, L2, 0, 0.01", "L2, L2, 0, 0.01",
        "l1l2, L1L2, 0, 0", "L1L2, L1L2, 0, 0", "l1_l2, L1L2, 0.01, 0.01"
    })
    void stringIdentifiersUseKerasDefaults(String identifier, String className, double l1, double l2) {
        NormPenalty p = (NormPenalty) Regularizers.deserialize(identifier);
        assertThat(p.className()).isEqualTo(className);
        assertThat(p.l1()).isEqualTo(l1);
        assertThat(p.l2()).isEqualTo(l2);
    }

    @Test
    void serialisesKeras3Style() {
        assertThat(Regularizers.serialize(NormPenalty.l1(0.5))).isEqualTo(Config.builder().put("class_name", "L1")
                .put("config", Config.builder().put("l1", 0.5).build()).build());
        assertThat(Regularizers.serialize(NormPenalty.l2(0.5)).getConfig("config").keys()).containsExactly("l2");
        assertThat(Regularizers.serialize(NormPenalty.l1l2(0.1, 0.2)).getConfig("config"))
                .isEqualTo(Config.builder().put("l1", 0.1).put("l2", 0.2).build());
        assertThat(Regularizers.serialize(null)).isNull();
        assertThat(Regularizers.deserialize(null)).isNull();
    }

    @Test
    void everyRegularizerRoundTrips() {
        for (Regularizer r : new Regularizer[] {NormPenalty.l1(0.3), NormPenalty.l2(0.7), NormPenalty.l1l2(0.1, 0.2)}) {
            Config serialised = Regularizers.serialize(r);
            assertThat(Regularizers.serialize(Regularizers.deserialize(serialised))).isEqualTo(serialised);
            assertThat(penalty(Regularizers.deserialize(serialised))).isEqualTo(penalty(r));
        }
    }

    @Test
    void readsKeras2AndKeras3Json() throws Exception {
        // Early Keras 2 wrote every regularizer as L1L2 with float32 factors.
        Regularizer keras2 = Regularizers.deserialize(json("""
                {"class_name": "L1L2", "config": {"l1": 0.0, "l2": 0.009999999776482582}}"""));
        assertThat(keras2.className()).isEqualTo("L1L2");
        assertThat(penalty(keras2)).isCloseTo(0.009999999776482582 * sumSquares(), within(1e-12));

        Regularizer keras3 = Regularizers.deserialize(json("""
                {"module": "keras.regularizers", "class_name": "L2", "config": {"l2": 0.02}, "registered_name": null}"""));
        assertThat(Regularizers.serialize(keras3)).isEqualTo(Config.builder().put("class_name", "L2")
                .put("config", Config.builder().put("l2", 0.02).build()).build());
    }

    @Test
    void rejectsUnknownNamesAndBadFactors() throws Exception {
        assertThatThrownBy(() -> Regularizers.deserialize("l3"))
                .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("\"l3\"");
        assertThatThrownBy(() -> Regularizers.deserialize(json("""
                {"class_name": "L2", "config": {"l2": -0.1}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("-0.1")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("l2");
        assertThatThrownBy(() -> Regularizers.deserialize(json("""
                {"class_name": "L1", "config": {"l2": 0.1}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("l2");
    }
}

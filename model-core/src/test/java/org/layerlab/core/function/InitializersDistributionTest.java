package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;

/** Each initializer's values against its Keras formula, on a 400 x 300 kernel (fan_in 400, fan_out 300). */
class InitializersDistributionTest {
    private static final long[] KERNEL = {400, 300};
    private static final double FAN_IN = 400;
    private static final double FAN_OUT = 300;

    private static double[] draw(Object spec, long... shape) {
        return Initializers.deserialize(spec).generate(shape, DType.FLOAT32, new SplittableRandom(2024));
    }

    private static Config spec(String className, Object... keyValues) {
        Config.Builder config = Config.builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Config.builder().put("class_name", className).put("config", config.build()).build();
    }

    @Test
    void zerosOnesAndConstantFillEveryElement() {
        assertThat(draw("zeros", 4, 5)).hasSize(20).containsOnly(0.0);
        assertThat(draw("ones", 4, 5)).hasSize(20).containsOnly(1.0);
        assertThat(draw(spec("Constant", "value", 0.3), 2, 3, 4)).hasSize(24).containsOnly(0.3);
        assertThat(draw("constant", 3)).containsOnly(0.0);
    }

    static Stream<Arguments> uniformPresets() {
        return Stream.of(
                Arguments.of("glorot_uniform", Math.sqrt(6 / (FAN_IN + FAN_OUT))),
                Arguments.of("he_uniform", Math.sqrt(6 / FAN_IN)),
                Arguments.of("lecun_uniform", Math.sqrt(3 / FAN_IN)));
    }

    @ParameterizedTest
    @MethodSource("uniformPresets")
    void uniformPresetsFillTheirWholeRangeAndNoMore(String name, double limit) {
        SampleStats s = SampleStats.of(draw(name, KERNEL));
        double variance = limit * limit / 3;
        assertThat(s.min()).isGreaterThanOrEqualTo(-limit);
        assertThat(s.max()).isLessThanOrEqualTo(limit);
        assertThat(s.maxAbs()).isGreaterThan(0.999 * limit);
        assertThat(s.mean()).isCloseTo(0, within(s.meanTolerance(variance)));
        assertThat(s.variance()).isCloseTo(variance, within(0.02 * variance));
    }

    static Stream<Arguments> truncatedNormalPresets() {
        return Stream.of(
                Arguments.of("glorot_normal", 2 / (FAN_IN + FAN_OUT)),
                Arguments.of("he_normal", 2 / FAN_IN),
                Arguments.of("lecun_normal", 1 / FAN_IN));
    }

    /** Keras scales the normal so that the variance after truncation at 2 sigma is scale / n. */
    @ParameterizedTest
    @MethodSource("truncatedNormalPresets")
    void normalPresetsAreTruncatedAtTwoSigmaWithTheKerasVariance(String name, double variance) {
        SampleStats s = SampleStats.of(draw(name, KERNEL));
        double sigma = Math.sqrt(variance / SampleStats.truncatedUnitVariance());
        assertThat(s.maxAbs()).isLessThanOrEqualTo(2 * sigma * (1 + 1e-9)).isGreaterThan(1.99 * sigma);
        assertThat(s.mean()).isCloseTo(0, within(s.meanTolerance(variance)));
        assertThat(s.variance()).isCloseTo(variance, within(0.02 * variance));
    }

    @Test
    void varianceScalingUntruncatedNormalUsesFanOutAndKeepsTheTails() {
        double[] v = draw(spec("VarianceScaling", "scale", 3.0, "mode", "fan_out",
                "distribution", "untruncated_normal", "seed", null), KERNEL);
        SampleStats s = SampleStats.of(v);
        double variance = 3 / FAN_OUT;
        assertThat(s.variance()).isCloseTo(variance, within(0.02 * variance));
        long beyondTwoSigma = Arrays.stream(v).filter(x -> Math.abs(x) > 2 * Math.sqrt(variance)).count();
        // P(|Z| > 2) = 4.55 % for a normal
        assertThat(beyondTwoSigma / (double) v.length).isCloseTo(0.0455, within(0.004));
    }

    @Test
    void varianceScalingUniformWithFanAvg() {
        double limit = Math.sqrt(3 * 0.5 / ((FAN_IN + FAN_OUT) / 2));
        SampleStats s = SampleStats.of(draw(spec("VarianceScaling", "scale", 0.5, "mode", "fan_avg",
                "distribution", "uniform"), KERNEL));
        assertThat(s.maxAbs()).isLessThanOrEqualTo(limit).isGreaterThan(0.999 * limit);
    }

    @Test
    void convolutionKernelsMultiplyBothFansByTheReceptiveField() {
        // (3, 3, 16, 32): receptive field 9, fan_in 144, fan_out 288
        double limit = Math.sqrt(6.0 / (144 + 288));
        SampleStats s = SampleStats.of(draw("glorot_uniform", 3, 3, 16, 32));
        assertThat(s.maxAbs()).isLessThanOrEqualTo(limit).isGreaterThan(0.99 * limit);
        double heLimit = Math.sqrt(6.0 / 144);
        assertThat(SampleStats.of(draw("he_uniform", 3, 3, 16, 32)).maxAbs())
                .isLessThanOrEqualTo(heLimit).isGreaterThan(0.99 * heLimit);
    }

    @Test
    void vectorsUseTheirLengthAsBothFansAndScalarsUseOne() {
        double vectorLimit = Math.sqrt(6.0 / (500 + 500));
        SampleStats vector = SampleStats.of(draw("glorot_uniform", 500));
        assertThat(vector.maxAbs()).isLessThanOrEqualTo(vectorLimit).isGreaterThan(0.98 * vectorLimit);

        Initializer lecun = Initializers.deserialize("lecun_uniform");
        SplittableRandom rng = new SplittableRandom(1);
        double[] scalars = new double[2000];
        for (int i = 0; i < scalars.length; i++) {
            double[] one = lecun.generate(new long[0], DType.FLOAT32, rng);
            assertThat(one).hasSize(1);
            scalars[i] = one[0];
        }
        assertThat(SampleStats.of(scalars).maxAbs()).isLessThanOrEqualTo(Math.sqrt(3)).isGreaterThan(0.99 * Math.sqrt(3));
    }

    @Test
    void emptyShapesGiveNoValues() {
        assertThat(draw("glorot_uniform", 0, 5)).isEmpty();
        assertThat(draw("orthogonal", 0, 5)).isEmpty();
    }

    @Test
    void randomNormalHasItsMeanAndStddevAndIsNotTruncated() {
        double[] v = draw(spec("RandomNormal", "mean", 1.0, "stddev", 0.5), KERNEL);
        SampleStats s = SampleStats.of(v);
        assertThat(s.mean()).isCloseTo(1.0, within(s.meanTolerance(0.25)));
        assertThat(s.variance()).isCloseTo(0.25, within(0.02 * 0.25));
        assertThat(s.max()).isGreaterThan(1.0 + 2 * 0.5);
    }

    @Test
    void randomNormalDefaultsAreKeras() {
        SampleStats s = SampleStats.of(draw("random_normal", KERNEL));
        assertThat(s.mean()).isCloseTo(0, within(s.meanTolerance(0.05 * 0.05)));
        assertThat(s.variance()).isCloseTo(0.0025, within(0.02 * 0.0025));
    }

    @Test
    void randomUniformStaysInMinvalMaxval() {
        SampleStats s = SampleStats.of(draw(spec("RandomUniform", "minval", -0.2, "maxval", 0.6), KERNEL));
        double variance = 0.8 * 0.8 / 12;
        assertThat(s.min()).isGreaterThanOrEqualTo(-0.2).isLessThan(-0.199);
        assertThat(s.max()).isLessThan(0.6).isGreaterThan(0.599);
        assertThat(s.mean()).isCloseTo(0.2, within(s.meanTolerance(variance)));
        assertThat(s.variance()).isCloseTo(variance, within(0.02 * variance));

        SampleStats defaults = SampleStats.of(draw("uniform", KERNEL));
        assertThat(defaults.min()).isGreaterThanOrEqualTo(-0.05).isLessThan(-0.0499);
        assertThat(defaults.max()).isLessThan(0.05).isGreaterThan(0.0499);
    }

    @Test
    void truncatedNormalRedrawsBeyondTwoStddevs() {
        SampleStats s = SampleStats.of(draw(spec("TruncatedNormal", "mean", 0.3, "stddev", 0.1), KERNEL));
        double variance = 0.01 * SampleStats.truncatedUnitVariance();
        assertThat(s.min()).isGreaterThanOrEqualTo(0.1 - 1e-12).isLessThan(0.101);
        assertThat(s.max()).isLessThanOrEqualTo(0.5 + 1e-12).isGreaterThan(0.499);
        assertThat(s.mean()).isCloseTo(0.3, within(s.meanTolerance(variance)));
        assertThat(s.variance()).isCloseTo(variance, within(0.02 * variance));
    }

    @Test
    void eachDrawnValueIsIndependentOfItsNeighbour() {
        double[] v = draw("glorot_uniform", KERNEL);
        SampleStats s = SampleStats.of(v);
        double lagged = 0;
        for (int i = 1; i < v.length; i++) {
            lagged += (v[i] - s.mean()) * (v[i - 1] - s.mean());
        }
        double correlation = lagged / (v.length - 1) / s.variance();
        assertThat(correlation).isCloseTo(0, within(6 / Math.sqrt(v.length)));
    }

    @Test
    void identityIsGainTimesTheRectangularEye() {
        assertThat(draw(spec("Identity", "gain", 2.0), 3, 3)).containsExactly(2, 0, 0, 0, 2, 0, 0, 0, 2);
        assertThat(draw("identity", 2, 4)).containsExactly(1, 0, 0, 0, 0, 1, 0, 0);
        assertThat(draw("identity", 3, 2)).containsExactly(1, 0, 0, 1, 0, 0);
    }

    @Test
    void identityRejectsAnythingButMatrices() {
        assertThatThrownBy(() -> draw("identity", 2, 2, 2))
                .isInstanceOf(UnsupportedWeightShapeException.class)
                .hasMessageContaining("2D matrices").hasMessageContaining("shape=(2, 2, 2) of rank 3");
        assertThatThrownBy(() -> draw("identity", 5))
                .isInstanceOf(UnsupportedWeightShapeException.class).hasMessageContaining("(5,)");
    }

    @Test
    void initializersAcceptAJacksonMapAsWellAsAConfig() {
        Map<String, Object> map = Map.of("class_name", "Constant", "config", Map.of("value", 4));
        assertThat(Initializers.deserialize(map).generate(new long[] {2}, DType.FLOAT32, null)).containsOnly(4.0);
    }
}

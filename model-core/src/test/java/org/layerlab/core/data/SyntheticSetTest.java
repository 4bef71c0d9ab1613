package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticSetTest {

    @ParameterizedTest
    @EnumSource(SyntheticSet.class)
    void generatesExactlyTheRequestedSize(SyntheticSet set) {
        assertThat(set.generate(301, 0.1, 7).size()).isEqualTo(301);
        assertThat(set.generate(2, 0, 7).size()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SyntheticSet.class)
    void sameSeedGivesSameRowsAndOtherSeedDiffers(SyntheticSet set) {
        Dataset a = set.generate(200, 0.2, 42);
        Dataset b = set.generate(200, 0.2, 42);
        Dataset c = set.generate(200, 0.2, 43);
        assertThat(a.features()).containsExactly(b.features());
        assertThat(a.targets()).containsExactly(b.targets());
        assertThat(a.features()).isNotEqualTo(c.features());
    }

    @ParameterizedTest
    @EnumSource(value = SyntheticSet.class, names = {"XOR", "CIRCLE", "GAUSS", "SPIRAL", "MOONS"})
    void twoDimensionalSetsAreBinaryOverX1X2(SyntheticSet set) {
        Dataset d = set.generate(100, 0, 1);
        assertThat(d.featureNames()).containsExactly("x1", "x2");
        assertThat(d.target().kind()).isEqualTo(TargetKind.BINARY);
        assertThat(d.target().classNames()).containsExactly("0", "1");
    }

    @ParameterizedTest
    @EnumSource(value = SyntheticSet.class, names = {"CIRCLE", "GAUSS", "SPIRAL", "MOONS"})
    void generatedHalvesAreBalancedAtNoiseZero(SyntheticSet set) {
        assertThat(set.generate(400, 0, 3).classCounts()).containsExactly(200, 200);
    }

    @Test
    void rowsAreShuffledSoClassesMix() {
        Dataset d = SyntheticSet.GAUSS.generate(200, 0, 5);
        double firstHalfPositives = 0;
        for (int r = 0; r < 100; r++) {
            firstHalfPositives += d.target(r);
        }
        assertThat(firstHalfPositives).isBetween(30.0, 70.0);
    }

    @Test
    void xorIsRoughlyBalancedAndLabelledBySignOfProductAtNoiseZero() {
        Dataset d = SyntheticSet.XOR.generate(2000, 0, 11);
        for (int r = 0; r < d.size(); r++) {
            double x = d.feature(r, 0);
            double y = d.feature(r, 1);
            assertThat(d.target(r)).isEqualTo(x * y >= 0 ? 1.0 : 0.0);
            assertThat(Math.abs(x)).isBetween(0.3, 5.3);
            assertThat(Math.abs(y)).isBetween(0.3, 5.3);
        }
        assertThat(d.classCounts()[1] / 2000.0).isBetween(0.45, 0.55);
    }

    @Test
    void xorNoiseFlipsSomeLabelsNearTheAxes() {
        Dataset d = SyntheticSet.XOR.generate(2000, 0.5, 11);
        int disagree = 0;
        for (int r = 0; r < d.size(); r++) {
            if (d.target(r) != (d.feature(r, 0) * d.feature(r, 1) >= 0 ? 1.0 : 0.0)) {
                disagree++;
            }
        }
        assertThat(disagree).isBetween(100, 1000);
    }

    @Test
    void circleHasInnerDiscOfClassOneAndOuterRingOfClassZero() {
        Dataset d = SyntheticSet.CIRCLE.generate(1000, 0, 2);
        for (int r = 0; r < d.size(); r++) {
            double radius = Math.hypot(d.feature(r, 0), d.feature(r, 1));
            if (d.target(r) == 1) {
                assertThat(radius).isLessThanOrEqualTo(2.5);
            } else {
                assertThat(radius).isBetween(3.5, 5.0);
            }
        }
    }

    @Test
    void gaussClassesCentreOnTheirMeansAndNoiseWidensThem() {
        Dataset d = SyntheticSet.GAUSS.generate(4000, 0, 9);
        double[] sum = new double[4];
        double correctSide = 0;
        for (int r = 0; r < d.size(); r++) {
            int k = (int) d.target(r);
            sum[2 * k] += d.feature(r, 0);
            sum[2 * k + 1] += d.feature(r, 1);
            boolean nearerPositive = d.feature(r, 0) + d.feature(r, 1) > 0;
            correctSide += nearerPositive == (k == 1) ? 1 : 0;
        }
        assertThat(sum[2] / 2000).isCloseTo(2, within(0.1));
        assertThat(sum[3] / 2000).isCloseTo(2, within(0.1));
        assertThat(sum[0] / 2000).isCloseTo(-2, within(0.1));
        assertThat(correctSide / d.size()).isGreaterThan(0.995);
        assertThat(spread(SyntheticSet.GAUSS.generate(4000, 0.5, 9))).isCloseTo(2.0, within(0.1));
        assertThat(spread(d)).isCloseTo(Math.sqrt(0.5), within(0.05));
    }

    /** Standard deviation of x1 around each point's class centre. */
    private static double spread(Dataset d) {
        double squares = 0;
        for (int r = 0; r < d.size(); r++) {
            double centre = d.target(r) == 1 ? 2 : -2;
            squares += Math.pow(d.feature(r, 0) - centre, 2);
        }
        return Math.sqrt(squares / d.size());
    }

    @Test
    void spiralPointsLieOnTheirArmAtNoiseZero() {
        Dataset d = SyntheticSet.SPIRAL.generate(500, 0, 4);
        for (int r = 0; r < d.size(); r++) {
            double x = d.feature(r, 0);
            double y = d.feature(r, 1);
            double radius = Math.hypot(x, y);
            double t = radius / 5 * 1.75 * 2 * Math.PI + (d.target(r) == 1 ? 0 : Math.PI);
            assertThat(x).isCloseTo(radius * Math.sin(t), within(1e-5));
            assertThat(y).isCloseTo(radius * Math.cos(t), within(1e-5));
        }
    }

    @Test
    void moonsLieOnTheirHalfCirclesAtNoiseZero() {
        Dataset d = SyntheticSet.MOONS.generate(300, 0, 8);
        for (int r = 0; r < d.size(); r++) {
            double x = d.feature(r, 0);
            double y = d.feature(r, 1);
            if (d.target(r) == 0) {
                assertThat(Math.hypot(x, y)).isCloseTo(1, within(1e-6));
                assertThat(y).isGreaterThanOrEqualTo(-1e-12);
            } else {
                assertThat(Math.hypot(x - 1, y - 0.5)).isCloseTo(1, within(1e-6));
                assertThat(y).isLessThanOrEqualTo(0.5 + 1e-12);
            }
        }
    }

    @Test
    void sineIsRegressionOfSinXOnMinusPiToPi() {
        Dataset d = SyntheticSet.SINE.generate(500, 0, 6);
        assertThat(d.target().kind()).isEqualTo(TargetKind.REGRESSION);
        assertThat(d.featureNames()).containsExactly("x");
        for (int r = 0; r < d.size(); r++) {
            assertThat(d.feature(r, 0)).isBetween(-Math.PI, Math.PI);
            assertThat(d.target(r)).isCloseTo(Math.sin(d.feature(r, 0)), within(1e-6));
        }
        Dataset noisy = SyntheticSet.SINE.generate(4000, 0.2, 6);
        double squares = 0;
        for (int r = 0; r < noisy.size(); r++) {
            squares += Math.pow(noisy.target(r) - Math.sin(noisy.feature(r, 0)), 2);
        }
        assertThat(Math.sqrt(squares / noisy.size())).isCloseTo(0.2, within(0.02));
    }

    @Test
    void refusesBadSizeNoiseAndId() {
        assertThatThrownBy(() -> SyntheticSet.XOR.generate(1, 0, 1)).isInstanceOf(DataException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> SyntheticSet.CIRCLE.generate(10, 0.8, 1)).isInstanceOf(DataException.class)
                .hasMessageContaining("noise must be between 0 and 0.5");
        assertThatThrownBy(() -> SyntheticSet.fromId("donut")).isInstanceOf(DataException.class)
                .hasMessageContaining("donut").hasMessageContaining("xor, circle, gauss, spiral, moons, sine");
        assertThat(List.of(SyntheticSet.values()).stream().map(s -> SyntheticSet.fromId(s.id())).toList())
                .containsExactly(SyntheticSet.values());
    }
}

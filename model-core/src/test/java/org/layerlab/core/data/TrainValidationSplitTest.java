package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainValidationSplitTest {
    /** Row i has feature i, so the rows of each part can be identified. */
    private static Dataset numbered(int n) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = i;
        }
        return new Dataset("n", List.of("i"), f, new double[n], Target.regression("y"));
    }

    private static List<Double> ids(Dataset d) {
        List<Double> out = new ArrayList<>();
        for (double v : d.features()) {
            out.add(v);
        }
        return out;
    }

    @Test
    void partsHaveTheFractionAndTogetherHoldEveryRowOnce() {
        TrainValidationSplit.Parts parts = new TrainValidationSplit(0.2, 1).split(numbered(150));
        assertThat(parts.validation().size()).isEqualTo(30);
        assertThat(parts.train().size()).isEqualTo(120);
        List<Double> all = new ArrayList<>(ids(parts.train()));
        all.addAll(ids(parts.validation()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids(numbered(150)));
    }

    @Test
    void theSeedDecidesTheShuffle() {
        Dataset d = numbered(100);
        assertThat(ids(new TrainValidationSplit(0.3, 7).split(d).validation()))
                .isEqualTo(ids(new TrainValidationSplit(0.3, 7).split(d).validation()))
                .isNotEqualTo(ids(new TrainValidationSplit(0.3, 8).split(d).validation()));
        assertThat(ids(new TrainValidationSplit(0, 7).split(d).train())).isNotEqualTo(ids(d));
    }

    @Test
    void keepsAtLeastOneTrainingRowAndRefusesBadFractions() {
        assertThat(new TrainValidationSplit(0.99, 1).split(numbered(3)).train().size()).isEqualTo(1);
        assertThatThrownBy(() -> new TrainValidationSplit(1, 1)).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> new TrainValidationSplit(-0.1, 1)).hasMessageContaining("[0, 1)");
    }

    @Test
    void targetsTravelWithTheirRows() {
        Dataset d = SyntheticSet.XOR.generate(200, 0, 3);
        Dataset v = new TrainValidationSplit(0.5, 2).split(d).validation();
        for (int r = 0; r < v.size(); r++) {
            assertThat(v.target(r)).isEqualTo(v.feature(r, 0) * v.feature(r, 1) >= 0 ? 1.0 : 0.0);
        }
    }
}

package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private final Target colours = Target.classes("c", List.of("red", "green", "blue"));

    @Test
    void multiclassTargetsBecomeOneHotRows() {
        Dataset d = Dataset.ofRows("d", List.of("a", "b"), new double[][] {{1, 2}, {3, 4}}, new double[] {2, 0}, colours);
        assertThat(d.targetMatrix()).containsExactly(0, 0, 1, 1, 0, 0);
        assertThat(d.classCounts()).containsExactly(1, 0, 1);
        assertThat(d.row(1)).containsExactly(3, 4);
    }

    @Test
    void isImmutable() {
        double[] f = {1, 2};
        Dataset d = new Dataset("d", List.of("a"), f, new double[] {0.5, 1.5}, Target.regression("y"));
        f[0] = 99;
        d.features()[1] = 99;
        assertThat(d.features()).containsExactly(1, 2);
        assertThat(d.targetMatrix()).containsExactly(0.5, 1.5);
    }

    @Test
    void refusesMismatchedShapesAndBadClassIndices() {
        assertThatThrownBy(() -> new Dataset("d", List.of("a", "b"), new double[3], new double[2], Target.regression("y")))
                .hasMessageContaining("3 feature values do not make 2 rows of 2");
        assertThatThrownBy(() -> new Dataset("d", List.of("a"), new double[1], new double[] {3}, colours))
                .hasMessageContaining("3.0 is not a class index");
    }
}

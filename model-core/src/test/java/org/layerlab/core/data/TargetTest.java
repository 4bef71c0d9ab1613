package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
    private final Target binary = Target.classes("diagnosis", List.of("benign", "malignant"));
    private final Target species = Target.classes("species", List.of("setosa", "versicolor", "virginica"));

    @Test
    void binarySigmoidOutputPicksClassOneFromHalfUp() {
        assertThat(binary.decode(new double[] {0.8})).isEqualTo(new Prediction.ClassPrediction(1, "malignant", 0.8));
        assertThat(binary.decode(new double[] {0.5}).text()).isEqualTo("malignant");
        Prediction low = binary.decode(new double[] {0.2});
        assertThat(low.text()).isEqualTo("benign");
        assertThat(((Prediction.ClassPrediction) low).probability()).isEqualTo(1 - 0.2);
        assertThat(binary.decode(new double[] {0.9, 0.1}).text()).isEqualTo("benign");
    }

    @Test
    void multiclassTakesTheLargestScore() {
        assertThat(species.decode(new double[] {0.1, 0.3, 0.6})).isEqualTo(new Prediction.ClassPrediction(2, "virginica", 0.6));
        assertThat(species.outputWidth()).isEqualTo(3);
        assertThat(binary.outputWidth()).isEqualTo(1);
    }

    @Test
    void outputOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> species.decode(new double[] {0.5, 0.5}))
                .hasMessage("the model gives 2 outputs but target \"species\" (multiclass) needs 3");
    }

    @Test
    void classCountDecidesTheKind() {
        assertThat(binary.kind()).isEqualTo(TargetKind.BINARY);
        assertThat(species.kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThatThrownBy(() -> Target.classes("x", List.of("a", "a"))).hasMessageContaining("repeat");
    }
}

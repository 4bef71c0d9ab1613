package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Keras's choice of accuracy metric, and streaming means over batches weighted by their sizes. */
class AccuracyTest {
    private static final Loss MSE = Losses.deserialize("mse");

    @Test
    void choosesAsKerasDoes() {
        assertThat(Accuracy.resolve("accuracy", MSE, new long[] {8, 1}, new long[] {8, 1}).kind())
                .isEqualTo(Accuracy.Kind.BINARY);
        assertThat(Accuracy.resolve("acc", Losses.deserialize("binary_crossentropy"), new long[] {8, 3},
                new long[] {8, 3}).kind()).isEqualTo(Accuracy.Kind.BINARY);
        assertThat(Accuracy.resolve("accuracy", Losses.deserialize("sparse_categorical_crossentropy"),
                new long[] {8}, new long[] {8, 3}).kind()).isEqualTo(Accuracy.Kind.SPARSE_CATEGORICAL);
        assertThat(Accuracy.resolve("accuracy", MSE, new long[] {8, 1}, new long[] {8, 3}).kind())
                .isEqualTo(Accuracy.Kind.SPARSE_CATEGORICAL);
        assertThat(Accuracy.resolve("accuracy", Losses.deserialize("categorical_crossentropy"),
                new long[] {8, 3}, new long[] {8, 3}).kind()).isEqualTo(Accuracy.Kind.CATEGORICAL);
        assertThatThrownBy(() -> Accuracy.resolve("precision", MSE, new long[] {1}, new long[] {1, 1}))
                .hasMessageContaining("precision");
    }

    @Test
    void binaryAccuracyThresholdsAtOneHalf() {
        Accuracy acc = new Accuracy("accuracy", Accuracy.Kind.BINARY);
        acc.update(new double[] {1, 0, 1, 0}, new long[] {4, 1}, new double[] {0.7, 0.5, 0.5, 0.1}, new long[] {4, 1});
        assertThat(acc.result()).as("0.5 itself counts as class 0").isEqualTo(0.75);
    }

    @Test
    void categoricalAndSparseCompareArgmaxes() {
        double[] predictions = {0.1, 0.7, 0.2, 0.5, 0.3, 0.2, 0.3, 0.3, 0.4};
        Accuracy categorical = new Accuracy("accuracy", Accuracy.Kind.CATEGORICAL);
        categorical.update(new double[] {0, 1, 0, 0, 0, 1, 0, 0, 1}, new long[] {3, 3}, predictions, new long[] {3, 3});
        assertThat(categorical.result()).isEqualTo(2.0 / 3);
        Accuracy sparse = new Accuracy("accuracy", Accuracy.Kind.SPARSE_CATEGORICAL);
        sparse.update(new double[] {1, 0, 0}, new long[] {3}, predictions, new long[] {3, 3});
        assertThat(sparse.result()).isEqualTo(2.0 / 3);
    }

    @Test
    void streamsOverBatchesWeightedBySamples() {
        Accuracy acc = new Accuracy("accuracy", Accuracy.Kind.SPARSE_CATEGORICAL);
        acc.update(new double[] {0, 0, 0}, new long[] {3}, new double[] {1, 0, 1, 0, 1, 0}, new long[] {3, 2});
        acc.update(new double[] {0}, new long[] {1}, new double[] {0, 1}, new long[] {1, 2});
        assertThat(acc.result()).isEqualTo(3.0 / 4);
        acc.reset();
        assertThat(acc.result()).isZero();
    }

    @Test
    void mismatchedLabelsAreNamed() {
        Accuracy acc = new Accuracy("accuracy", Accuracy.Kind.CATEGORICAL);
        assertThatThrownBy(() -> acc.update(new double[] {1, 0}, new long[] {1, 2}, new double[] {1, 0, 0},
                new long[] {1, 3})).hasMessageContaining("(1, 2)").hasMessageContaining("(1, 3)");
    }
}

package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thread choice for training, and repeatable results on more than one thread. */
class TrainingThreadsTest {

    @AfterEach
    void restoreThreads() {
        TrainingThreads.use(TrainingThreads.available());
    }

    @Test
    void aPlaygroundSizedModelTrainsOnOneThreadAndAWideOneOnTheWholeBudget() {
        GraphModel tiny = GraphModel.of(Graphs.mlp(2, "relu", "softmax", 8, 8, 2));
        GraphModel wide = GraphModel.of(Graphs.mlp(1024, "relu", "softmax", 1024, 1024, 10));
        assertThat(TrainingThreads.choose(TrainingThreads.macsPerStep(tiny, 10), 2)).isEqualTo(1);
        assertThat(TrainingThreads.choose(TrainingThreads.macsPerStep(wide, 256), 2)).isEqualTo(2);
        assertThat(TrainingThreads.choose(TrainingThreads.macsPerStep(wide, 256), 1)).isEqualTo(1);
    }

    @Test
    void aWindowKeepsOneCoreAndABudgetBelowOneIsRefused() {
        assertThat(TrainingThreads.leavingOneCore()).isBetween(1, Math.max(1, TrainingThreads.available() - 1));
        assertThatThrownBy(() -> TrainingThreads.choose(1, 0)).hasMessageContaining("at least 1, got 0");
        assertThatThrownBy(() -> SessionOptions.defaults().withThreadBudget(0))
                .hasMessageContaining("thread budget must be at least 1, got 0");
    }

    /** Products large enough for BLAS and a kernel large enough to update in parts, on two threads: the same seed and thread count give the same weights. */
    @Test
    void theSameSeedAndThreadCountGiveIdenticalWeightsThroughBlas() {
        assertThat(TrainingThreads.choose(TrainingThreads.macsPerStep(model(), 128), 2)).isEqualTo(2);
        TrainingThreads.use(2);
        ModelWeights first = trained(5);
        assertThat(trained(5)).isEqualTo(first);
        assertThat(trained(6)).isNotEqualTo(first);
    }

    private static GraphModel model() {
        return GraphModel.of(Graphs.mlp(1024, "relu", "softmax", 1024, 256, 4));
    }

    private static ModelWeights trained(long seed) {
        GraphModel model = model();
        model.initialize(seed);
        TrainingStep step = new TrainingStep(model, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int b = 0; b < 4; b++) {
            double[] x = new double[128 * 1024];
            double[] y = new double[128 * 4];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextGaussian();
            }
            for (int i = 0; i < 128; i++) {
                y[i * 4 + rng.nextInt(4)] = 1;
            }
            step.run(new Batch(x, new long[] {128, 1024}, y, new long[] {128, 4}));
        }
        step.writeBack();
        return model.currentWeights();
    }
}

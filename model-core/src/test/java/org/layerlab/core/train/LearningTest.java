package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.EncodedData;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.data.SyntheticSet;
import org.layerlab.core.graph.ModelGraph;

/** The learning goals, each through the whole path: graph, session, data with standardised features. */
class LearningTest {

    private static PreparedData bundled(String id, TrainingSettings settings) {
        EncodedData data = BundledDatasets.load(BundledDatasets.find(id), DatasetFiles.opener());
        return data.prepare(settings.split(), true);
    }

    private static double accuracy(TrainingEvent.Scores scores) {
        return scores.metrics().get("accuracy");
    }

    /** The first epoch whose training accuracy reaches {@code goal}, where training stops; 0 if none does. */
    private static int epochReaching(double goal, ModelGraph graph, PreparedData data, TrainingSettings settings) {
        int[] reached = {0};
        SessionRuns.run(GraphModel.of(graph), data.train(), data.validation(), settings, (session, e) -> {
            if (e instanceof TrainingEvent.EpochEnded end && reached[0] == 0 && accuracy(end.training()) >= goal) {
                reached[0] = end.epoch();
                session.stop();
            }
        });
        return reached[0];
    }

    @Test
    void xorReaches97PercentTrainingAccuracyWithin300EpochsForFiveSeeds() {
        for (long seed = 1; seed <= 5; seed++) {
            TrainingSettings settings = TrainingSettings.defaults().withSeed(seed).withEpochs(300).withBatchSize(10)
                    .withOptimizer("adam", 0.01, Config.empty()).withLoss("binary_crossentropy", Config.empty())
                    .withMetrics(List.of("accuracy"));
            PreparedData data = EncodedData.of(SyntheticSet.XOR.generate(200, 0, seed)).prepare(settings.split(), true);
            int epoch = epochReaching(0.97, Graphs.mlp(2, "tanh", "sigmoid", 8, 8, 1), data, settings);
            assertThat(epoch).as("seed %d", seed).isBetween(1, 300);
        }
    }

    private static TrainingSettings classification(long seed, int epochs, int batch, double rate) {
        return TrainingSettings.defaults().withSeed(seed).withEpochs(epochs).withBatchSize(batch)
                .withOptimizer("adam", rate, Config.empty()).withLoss("categorical_crossentropy", Config.empty())
                .withMetrics(List.of("accuracy")).withValidationSplit(0.2);
    }

    @Test
    void irisReaches93PercentValidationAccuracy() {
        TrainingSettings settings = classification(1, 60, 16, 0.01);
        PreparedData data = bundled("iris", settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.mlp(4, "relu", "softmax", 16, 3), data.train(), data.validation(),
                settings);
        double validation = accuracy(run.lastEpoch().validation().orElseThrow());
        assertThat(validation).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void digitsReach95PercentValidationAccuracy() {
        TrainingSettings settings = classification(1, 15, 32, 0.001);
        PreparedData data = bundled("digits8x8", settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.mlp(64, "relu", "softmax", 128, 10), data.train(), data.validation(),
                settings);
        double validation = accuracy(run.lastEpoch().validation().orElseThrow());
        assertThat(validation).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aModelWithScaleTrainsAsWellAsWithout() {
        TrainingSettings settings = classification(1, 15, 32, 0.001);
        PreparedData data = bundled("digits8x8", settings);
        SessionRuns.Run plain = SessionRuns.run(Graphs.mlp(64, "relu", "softmax", 128, 10), data.train(),
                data.validation(), settings);
        SessionRuns.Run scaled = SessionRuns.run(Graphs.chain(64,
                Graphs.link("Dense", Graphs.dense(128, "linear")),
                Graphs.link("Scale", Config.empty()),
                Graphs.link("Activation", Config.builder().put("activation", "relu").build()),
                Graphs.link("Dense", Graphs.dense(10, "softmax"))), data.train(), data.validation(), settings);
        TrainingEvent.EpochEnded a = plain.lastEpoch();
        TrainingEvent.EpochEnded b = scaled.lastEpoch();
        assertThat(accuracy(b.validation().orElseThrow())).isGreaterThanOrEqualTo(0.95)
                .isGreaterThanOrEqualTo(accuracy(a.validation().orElseThrow()) - 0.01);
        assertThat(b.training().loss()).isLessThan(1.25 * a.training().loss());
        assertThat(Arrays.stream(scaled.model().currentWeights().find("scale/gamma").orElseThrow().values()))
                .as("Scale's gamma was trained").anyMatch(g -> g != 1.0);
    }
}

package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.Dataset;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.EncodedData;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.data.SyntheticSet;
import org.layerlab.core.data.Target;
import org.layerlab.core.layer.Weight;

/** A session run to its end on the calling thread: its events, its scores, its checks and its results. */
class TrainingSessionTest {

    private static TrainingSettings binary(long seed, int epochs, int batch) {
        return TrainingSettings.defaults().withSeed(seed).withEpochs(epochs).withBatchSize(batch)
                .withOptimizer("adam", 0.01, Config.empty()).withLoss("binary_crossentropy", Config.empty())
                .withMetrics(List.of("accuracy"));
    }

    private static PreparedData xor(int rows, TrainingSettings settings) {
        return EncodedData.of(SyntheticSet.XOR.generate(rows, 0.1, 4)).prepare(settings.split(), true);
    }

    private static PreparedData iris(TrainingSettings settings) {
        return BundledDatasets.load(BundledDatasets.find("iris"), DatasetFiles.opener()).prepare(settings.split(), true);
    }

    @Test
    void reportsEveryBatchAndEpochThenFinishes() {
        TrainingSettings settings = binary(1, 3, 10).withValidationSplit(0.2);
        PreparedData data = xor(50, settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.mlp(2, "tanh", "sigmoid", 4, 1), data.train(), data.validation(),
                settings);
        assertThat(run.events().get(0)).isEqualTo(new TrainingEvent.WeightsUpdated(0, 0,
                run.all(TrainingEvent.WeightsUpdated.class).get(0).weights()));
        List<TrainingEvent.BatchEnded> batches = run.all(TrainingEvent.BatchEnded.class);
        assertThat(batches).hasSize(3 * 4);
        assertThat(batches).extracting(b -> b.epoch() + "." + b.batch() + "/" + b.batches())
                .startsWith("1.1/4", "1.2/4", "1.3/4", "1.4/4", "2.1/4").endsWith("3.4/4");
        List<TrainingEvent.EpochEnded> epochs = run.all(TrainingEvent.EpochEnded.class);
        assertThat(epochs).extracting(TrainingEvent.EpochEnded::epoch).containsExactly(1, 2, 3);
        assertThat(epochs).allMatch(e -> e.validation().isPresent() && e.epochs() == 3 && e.seconds() >= 0);
        assertThat(run.last()).isInstanceOf(TrainingEvent.Finished.class);
        assertThat(((TrainingEvent.Finished) run.last()).weights()).isEqualTo(run.model().currentWeights());
    }

    @Test
    void epochLossIsTheMeanOverBatchesWeightedByTheirSize() {
        TrainingSettings settings = binary(2, 1, 10);
        PreparedData data = xor(25, settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.mlp(2, "tanh", "sigmoid", 4, 1), data.train(), data.validation(),
                settings);
        List<TrainingEvent.BatchEnded> batches = run.all(TrainingEvent.BatchEnded.class);
        assertThat(batches).hasSize(3);
        double expected = (10 * batches.get(0).batchLoss() + 10 * batches.get(1).batchLoss()
                + 5 * batches.get(2).batchLoss()) / 25;
        assertThat(run.lastEpoch().training().loss()).isCloseTo(expected, within(1e-12));
        assertThat(batches.get(2).epochSoFar().loss()).isCloseTo(expected, within(1e-12));
        assertThat(run.lastEpoch().validation()).isEmpty();
    }

    /** Validation loss and accuracy against a plain-Java forward pass with the final weights. */
    @Test
    void validationScoresMatchAnIndependentEvaluationOfTheFinalWeights() {
        TrainingSettings settings = binary(3, 5, 16).withValidationSplit(0.3)
                .withLoss("categorical_crossentropy", Config.empty());
        PreparedData data = iris(settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.mlp(4, "relu", "softmax", 8, 3), data.train(), data.validation(),
                settings);
        ModelWeights w = ((TrainingEvent.Finished) run.last()).weights();
        Dataset v = data.validation();
        double lossSum = 0;
        int correct = 0;
        for (int r = 0; r < v.size(); r++) {
            double[] p = PlainMlp.forward(w, v.row(r), List.of("dense", "dense_1"), "relu", "softmax");
            int label = (int) v.target(r);
            lossSum += -Math.log(p[label]);
            correct += PlainMlp.argmax(p) == label ? 1 : 0;
        }
        TrainingEvent.Scores scores = run.lastEpoch().validation().orElseThrow();
        assertThat(scores.loss()).isCloseTo(lossSum / v.size(), within(1e-5));
        assertThat(scores.metrics().get("accuracy")).isEqualTo((double) correct / v.size());
    }

    private static ModelWeights trained(long seed) {
        TrainingSettings settings = binary(seed, 3, 8).withValidationSplit(0.2);
        PreparedData data = xor(60, settings);
        SessionRuns.Run run = SessionRuns.run(Graphs.chain(2, Graphs.link("Dense", Graphs.dense(8, "relu")),
                Graphs.link("Dropout", Config.builder().put("rate", 0.3).build()),
                Graphs.link("Dense", Graphs.dense(1, "sigmoid"))), data.train(), data.validation(), settings);
        return ((TrainingEvent.Finished) run.last()).weights();
    }

    @Test
    void theSameSeedGivesIdenticalWeights() {
        ModelWeights first = trained(11);
        assertThat(trained(11)).isEqualTo(first);
        assertThat(trained(12)).isNotEqualTo(first);
    }

    private static SessionOptions everySnapshot() {
        return SessionRuns.onCallingThread().withSnapshotInterval(Duration.ZERO);
    }

    /** With a snapshot after every batch, the kept weights must be the ones from before the last finite step. */
    @Test
    void aHugeLearningRateStopsWithTheNanMessageAndKeepsTheLastGoodWeights() {
        TrainingSettings settings = TrainingSettings.defaults().withSeed(1).withEpochs(50).withBatchSize(8)
                .withOptimizer("sgd", 1e6, Config.empty()).withLoss("mse", Config.empty());
        PreparedData data = EncodedData.of(SyntheticSet.SINE.generate(64, 0.1, 1)).prepare(settings.split(), true);
        SessionRuns.Run run = SessionRuns.run(GraphModel.of(Graphs.mlp(1, "tanh", "linear", 16, 1)), data.train(),
                data.validation(), settings, everySnapshot(), null);
        TrainingEvent.Failed failed = (TrainingEvent.Failed) run.last();
        assertThat(failed.message()).matches("loss became (NaN|infinite) at epoch \\d+, batch \\d+; training stopped "
                + "and the weights from the last good step were kept");
        assertThat(failed.weights().allFinite()).isTrue();
        assertThat(run.model().currentWeights()).isEqualTo(failed.weights());
        List<TrainingEvent.WeightsUpdated> snapshots = run.all(TrainingEvent.WeightsUpdated.class);
        assertThat(failed.weights()).isEqualTo(snapshots.get(snapshots.size() - 2).weights());
        assertThat(run.all(TrainingEvent.BatchEnded.class)).allMatch(b -> Double.isFinite(b.batchLoss()));
    }

    @Test
    void aFailingLayerEndsTrainingWithItsMessageAndTheWeightsFromBeforeTheStep() {
        TrainingSettings settings = binary(1, 2, 10);
        PreparedData data = xor(40, settings);
        GraphModel model = GraphModel.of(Graphs.chain(2, Graphs.link("Dense", Graphs.dense(4, "tanh")),
                Graphs.link("Failing", Config.builder().put("fail_at", 6L).build()),
                Graphs.link("Dense", Graphs.dense(1, "sigmoid"))));
        SessionRuns.Run run = SessionRuns.run(model, data.train(), data.validation(), settings, everySnapshot(), null);
        TrainingEvent.Failed failed = (TrainingEvent.Failed) run.last();
        assertThat(failed.message()).isEqualTo("training failed at epoch 2, batch 2: layer \"failing\" broke");
        List<TrainingEvent.WeightsUpdated> snapshots = run.all(TrainingEvent.WeightsUpdated.class);
        assertThat(failed.weights()).isEqualTo(snapshots.get(snapshots.size() - 1).weights());
        assertThat(run.all(TrainingEvent.BatchEnded.class)).hasSize(5);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTraining() {
        TrainingSettings settings = binary(1, 2, 10);
        PreparedData data = xor(40, settings);
        GraphModel model = GraphModel.of(Graphs.mlp(2, "tanh", "sigmoid", 4, 1));
        TrainingSession session = new TrainingSession(model, data.train(), data.validation(), settings,
                SessionRuns.onCallingThread());
        boolean[] thrown = {false};
        session.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnded && !thrown[0]) {
                thrown[0] = true;
                throw new IllegalStateException("a broken chart");
            }
        });
        List<TrainingEvent> events = new ArrayList<>();
        session.addListener(events::add);
        session.start();
        assertThat(thrown[0]).isTrue();
        assertThat(events.get(events.size() - 1)).isInstanceOf(TrainingEvent.Finished.class);
        assertThat(session.state()).isEqualTo(TrainingState.FINISHED);
        assertThatThrownBy(session::start).isInstanceOf(IllegalStateException.class);
    }

    /** Training runs for a second, stopped by its own listener, while the snapshot times are taken. */
    @Test
    void weightSnapshotsComeAtMostEvery200Milliseconds() {
        TrainingSettings settings = binary(1, TrainingSettings.MAX_EPOCHS, 4);
        PreparedData data = xor(200, settings);
        GraphModel model = GraphModel.of(Graphs.mlp(2, "tanh", "sigmoid", 32, 32, 1));
        TrainingSession session = new TrainingSession(model, data.train(), data.validation(), settings,
                SessionRuns.onCallingThread());
        List<Long> times = new ArrayList<>();
        List<ModelWeights> snapshots = new ArrayList<>();
        long start = System.nanoTime();
        session.addListener(e -> {
            if (e instanceof TrainingEvent.WeightsUpdated u) {
                times.add(System.nanoTime());
                snapshots.add(u.weights());
            }
            if (System.nanoTime() - start > 1_000_000_000L) {
                session.stop();
            }
        });
        session.start();
        assertThat(session.state()).isEqualTo(TrainingState.STOPPED);
        assertThat(times.size()).isBetween(4, 6);
        for (int i = 1; i < times.size(); i++) {
            assertThat((times.get(i) - times.get(i - 1)) / 1e6).isGreaterThan(195);
        }
        assertThat(snapshots.get(1)).isNotEqualTo(snapshots.get(0));
    }

    @Test
    void refusesAModelTooLargeForTheMemoryBudgetBeforeAllocatingIt() {
        long[] sizes = {784, 8192, 8192, 10};
        GraphModel model = GraphModel.of(Graphs.mlp(784, "relu", "softmax", 8192, 8192, 10));
        long params = 0;
        long activations = sizes[0];
        for (int i = 1; i < sizes.length; i++) {
            params += sizes[i - 1] * sizes[i] + sizes[i];
            activations += sizes[i];
        }
        int batch = 64;
        int adamSlots = 2;
        double expected = 8.0 * (params * (5 + adamSlots) + 2.0 * activations * batch);
        double[][] rows = new double[batch][784];
        double[] targets = new double[batch];
        List<String> names = IntStream.range(0, 784).mapToObj(i -> "p" + i).toList();
        Dataset pixels = Dataset.ofRows("pixels", names, rows, targets,
                Target.classes("digit", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));
        TrainingSettings settings = TrainingSettings.defaults().withBatchSize(batch)
                .withOptimizer("adam", 0.001, Config.empty()).withLoss("categorical_crossentropy", Config.empty());
        assertThatThrownBy(() -> new TrainingSession(model, pixels, pixels.select(new int[0]), settings))
                .isInstanceOf(MemoryBudgetException.class)
                .hasMessageContaining(String.format(Locale.ROOT, "about %.1f GB", expected / (1L << 30)))
                .hasMessageContaining("budget of 2.0 GB");
        assertThat(model.weights()).noneMatch(Weight::isInitialized);
    }

    @Test
    void refusesAModelOverTheParameterBudgetBeforeAllocatingIt() {
        TrainingSettings settings = binary(1, 1, 10);
        PreparedData data = iris(settings);
        GraphModel model = GraphModel.of(Graphs.mlp(4, "relu", "softmax", 8, 3));
        SessionOptions options = SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread())
                .withMaxParameters(50);

        assertThatThrownBy(() -> new TrainingSession(model, data.train(), data.validation(), settings, options))
                .isInstanceOf(MemoryBudgetException.class)
                .hasMessage("the model has 67 parameters, over the budget of 50 for training; it can be edited and"
                        + " exported, but not trained here");
        assertThat(model.weights()).noneMatch(Weight::isInitialized);
    }

    @Test
    void dataThatDoesNotFitTheModelIsRefusedNamingTheDataSet() {
        TrainingSettings settings = binary(1, 1, 10).withLoss("categorical_crossentropy", Config.empty());
        PreparedData data = iris(settings);
        assertThatThrownBy(() -> new TrainingSession(GraphModel.of(Graphs.mlp(5, "relu", "softmax", 3)), data.train(),
                data.validation(), settings)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("iris: rows have 4 features, but the model's input takes (None, 5)");
        assertThatThrownBy(() -> new TrainingSession(GraphModel.of(Graphs.mlp(4, "relu", "softmax", 2)), data.train(),
                data.validation(), settings)).isInstanceOf(DataException.class)
                .hasMessageContaining("target \"species\" has 3 classes, but the model gives 2 outputs per sample");
    }

    @Test
    void sparseLabelsTrainLikeOneHotLabels() {
        TrainingSettings oneHot = binary(5, 2, 16).withLoss("categorical_crossentropy", Config.empty());
        TrainingSettings sparse = oneHot.withLoss("sparse_categorical_crossentropy", Config.empty());
        PreparedData data = iris(oneHot);
        SessionRuns.Run a = SessionRuns.run(Graphs.mlp(4, "relu", "softmax", 8, 3), data.train(), data.validation(),
                oneHot);
        SessionRuns.Run b = SessionRuns.run(Graphs.mlp(4, "relu", "softmax", 8, 3), data.train(), data.validation(),
                sparse);
        assertThat(b.lastEpoch().training().loss()).isCloseTo(a.lastEpoch().training().loss(), within(1e-6));
        assertThat(b.lastEpoch().training().metrics()).isEqualTo(a.lastEpoch().training().metrics());
    }
}

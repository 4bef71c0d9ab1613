package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.SessionOptions;
import org.layerlab.core.train.TrainingEvent;
import org.layerlab.core.train.TrainingExecutor;
import org.layerlab.core.train.TrainingSession;
import org.layerlab.core.train.TrainingSettings;

/**
 * The example models with branches that merge again, {@code resources/examples/iris-residual.json} (a residual
 * block: Dense, Dense, Add with the block's input) and {@code iris-two-branch.json} (two Dense branches joined by
 * Concatenate): they import with Keras's shapes and parameter counts and train on iris as a chain does.
 */
class ExampleModelsTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private static Path example(String file) {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../resources/examples")
                .resolve(file).normalize();
    }

    @ParameterizedTest
    @CsvSource({
        // Keras's Dense count: inputs · units + units. Residual: 4·16+16, 16·16+16, 16·16+16, Add 0, 16·3+3.
        "iris-residual.json, skip, 16, 675",
        // Two branches: 4·16+16 and 4·4+4, joined to 16+4 = 20 features, then 20·3+3.
        "iris-two-branch.json, joined, 20, 163"})
    void importsWithKerasShapesAndTrainsOnIris(String file, String merge, long mergedWidth, long params)
            throws Exception {
        ModelDescription model = new ModelReader(REGISTRY).read(example(file));
        ModelGraph graph = GraphImport.toGraph(file, model, REGISTRY, new ParameterBudget(10_000));
        assertThat(graph.isChain()).isFalse();
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            assertThat(inference.result(graph.find(merge).orElseThrow().id()).outputShape())
                    .isEqualTo(Shape.of(null, mergedWidth));
            assertThat(inference.totals().total()).isEqualTo(params);
        }
        TrainingSettings settings = TrainingSettings.defaults().withSeed(5).withEpochs(40).withBatchSize(16)
                .withOptimizer("adam", 0.01, Config.empty()).withLoss("categorical_crossentropy", Config.empty())
                .withMetrics(List.of("accuracy")).withValidationSplit(0.2);
        PreparedData data = BundledDatasets.load(BundledDatasets.find("iris"), DatasetFiles.opener())
                .prepare(settings.split(), true);
        GraphModel trainable = GraphModel.of(graph);
        List<TrainingEvent> events = new ArrayList<>();
        TrainingSession session = new TrainingSession(trainable, data.train(), data.validation(), settings,
                SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread()));
        session.addListener(events::add);
        session.start();
        assertThat(events.get(events.size() - 1)).isInstanceOf(TrainingEvent.Finished.class);
        List<TrainingEvent.EpochEnded> epochs = events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).toList();
        TrainingEvent.EpochEnded last = epochs.get(epochs.size() - 1);
        assertThat(last.training().loss()).isLessThan(epochs.get(0).training().loss() / 2);
        assertThat(last.validation().orElseThrow().metrics().get("accuracy")).as("validation accuracy")
                .isGreaterThanOrEqualTo(0.85);
    }
}

package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.graph.Diagnostic;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.graph.Summary;
import org.layerlab.core.io.Keras2JsonWriter;
import org.layerlab.core.io.Keras3JsonWriter;
import org.layerlab.core.io.KerasPythonScriptWriter;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ModelProblemsException;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ModelWriter;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.io.TfjsLayersWriter;
import org.layerlab.core.io.UnsupportedLayerException;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.MemoryBudgetException;

/** The parameter budget guards allocation, not reading; a file's problems are told together. */
class LargeAndIncompleteModelsTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    /** A Dense autoencoder 6000-4000-750-4000-6000: 54,014,750 parameters. */
    static String autoencoder() {
        long[] units = {4000, 750, 4000, 6000};
        StringBuilder layers = new StringBuilder();
        for (int i = 0; i < units.length; i++) {
            layers.append(i == 0 ? "" : ",").append("{\"class_name\": \"Dense\", \"config\": {\"name\": \"dense_")
                    .append(i).append("\", \"units\": ").append(units[i]).append(", \"activation\": \"relu\"")
                    .append(i == 0 ? ", \"batch_input_shape\": [null, 6000]" : "").append("}}");
        }
        return "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"autoencoder\", \"layers\": [" + layers
                + "]}, \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}";
    }

    /** A Sequential model of one Dense layer that gives no input shape. */
    private static ModelDescription withoutInputShape() throws Exception {
        String json = """
                {"class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "Dense", "config": {"name": "hidden", "units": 8}}]}}
                """;
        return new ModelReader(REGISTRY).readJson("s.json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeAutoencoder(Path dir) throws Exception {
        Path file = dir.resolve("autoencoder.json");
        Files.writeString(file, autoencoder());
        return file;
    }

    @Test
    void aModelOverTheTrainingBudgetOpensValidatesAndSummarisesWithoutAllocating(@TempDir Path dir) throws Exception {
        Path file = writeAutoencoder(dir);

        ModelDescription model = new ModelReader(REGISTRY).read(file);
        ModelGraph graph = GraphImport.toGraph("autoencoder.json", model, REGISTRY,
                new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
        try (ShapeInference inference = new ShapeInference(graph)) {
            long total = inference.totals().total();
            assertThat(total).isEqualTo(6000L * 4000 + 4000 + 4000L * 750 + 750 + 750L * 4000 + 4000 + 4000L * 6000 + 6000)
                    .isEqualTo(54_014_750L);
            assertThat(inference.hasErrors()).isFalse();
            assertThat(inference.result(graph.find("dense_3").orElseThrow().id()).outputShape())
                    .isEqualTo(Shape.of(null, 6000L));
            assertThat(Summary.render(graph, inference)).contains("Total params: 54,014,750");
            assertThat(ParameterBudget.forTraining().allows(total)).isFalse();
        }
        assertThat(graph.nodes()).map(GraphNode::layer).allSatisfy(
                layer -> assertThat(layer.weights()).noneMatch(Weight::isInitialized));

        GraphModel network = GraphModel.of(graph);
        assertThatThrownBy(() -> network.initializeMissing(1)).isInstanceOf(MemoryBudgetException.class)
                .hasMessage("initialising the weights would allocate 54,014,750 parameters, over the budget of"
                        + " 50,000,000; the model can be edited and exported, but not trained or run here");
        assertThat(network.weights()).noneMatch(Weight::isInitialized);
    }

    @Test
    void aSequentialModelWithoutInputShapeOpensWithTheShapeUnsetAndSaysSo() throws Exception {
        String json = """
                {"class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "Dense", "config": {"name": "hidden", "units": 8}},
                  {"class_name": "Dense", "config": {"name": "out", "units": 2}}]}}
                """;
        ModelDescription model = new ModelReader(REGISTRY).readJson("s.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(model.source().notes()).anySatisfy(n -> assertThat(n).contains("\"hidden\" gives no input shape")
                .contains("\"hidden_input\""));
        ModelGraph graph = GraphImport.toGraph("s.json", model, REGISTRY, new ParameterBudget(1_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            GraphNode input = graph.find("hidden_input").orElseThrow();
            List<Diagnostic> diagnostics = inference.result(input.id()).diagnostics();
            assertThat(diagnostics).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                assertThat(d.field()).isEqualTo("batch_shape");
                assertThat(d.message()).contains("\"hidden_input\"").contains("batch_shape is required");
            });
            assertThat(inference.result(graph.find("out").orElseThrow().id()).hasOutput()).isFalse();
        }
    }

    @Test
    void anUnsupportedLayerIsNamedTogetherWithTheMissingInputShape() {
        String json = """
                {"class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "Dense", "config": {"name": "hidden", "units": 8}},
                  {"class_name": "Conv2D", "config": {"name": "conv", "filters": 2}}]}}
                """;

        assertThatThrownBy(() -> new ModelReader(REGISTRY).readJson("s.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedLayerException.class)
                .hasMessageContaining("unsupported layers: \"conv\" (Conv2D)")
                .hasMessageContaining("also, the model's first layer \"hidden\" gives no input shape");
    }

    @Test
    void everyBadLayerOfAFileIsToldAtOnceWithTheMissingInputShape() {
        String json = """
                {"class_name": "Sequential", "config": {"name": "s", "layers": [
                  {"class_name": "Dense", "config": {"name": "hidden", "units": 0}},
                  {"class_name": "Dropout", "config": {"name": "drop", "rate": 1.5}}]}}
                """;

        assertThatThrownBy(() -> new ModelReader(REGISTRY).readJson("s.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ModelProblemsException.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessageStartingWith("s.json: 3 problems: layer \"hidden\": field \"units\": ")
                .hasMessageContaining("; layer \"drop\": field \"rate\": must be in [0, 1), got 1.5")
                .hasMessageContaining("; the model's first layer \"hidden\" gives no input shape");
    }
    @Test
    void aModelWithItsInputShapeUnsetIsSavedAndReopensAsItWas(@TempDir Path dir) throws Exception {
        ModelDescription model = withoutInputShape();
        ModelGraph graph = GraphImport.toGraph("s.json", model, REGISTRY, new ParameterBudget(1_000_000));
        Path file = dir.resolve("half-done.llab");

        new ProjectWriter(REGISTRY).write(Project.of(GraphExport.describe(graph, "s", Map.of())), file);
        Project reopened = new ProjectReader(new ModelReader(REGISTRY)).open(file);

        assertThat(reopened.model().layer("hidden_input").orElseThrow().config().get("batch_shape")).isNull();
        assertThat(GraphExport.describe(GraphImport.toGraph("half-done.llab", reopened.model(), REGISTRY,
                new ParameterBudget(1_000_000)), "s", Map.of()).layers())
                .isEqualTo(GraphExport.describe(graph, "s", Map.of()).layers());
    }
    @Test
    void everyExportOfAModelWithItsInputShapeUnsetWritesOrSaysWhyNot(@TempDir Path dir) throws Exception {
        ModelDescription model = withoutInputShape();
        List<ModelWriter> writers = List.of(new Keras2JsonWriter(), new Keras3JsonWriter(REGISTRY),
                new TfjsLayersWriter(), new KerasPythonScriptWriter());
        for (ModelWriter writer : writers) {
            Path target = dir.resolve(writer.getClass().getSimpleName());
            try {
                writer.write(model, target);
                assertThat(target).exists();
            } catch (ModelFormatException e) {
                assertThat(e.getMessage()).as(writer.getClass().getSimpleName()).contains("hidden_input");
            }
        }
    }
}

package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;

/** A model still being drawn (a layer not wired yet) saves as a project and opens again; exports refuse it. */
class UnfinishedModelProjectTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    @TempDir
    Path dir;

    /** Input to Dense, and an Activation dropped on the canvas but not wired yet. */
    private static ModelDescription unfinished() {
        List<LayerEntry> layers = List.of(
                new LayerEntry(Models.type("InputLayer"), Models.input("in", null, 4L), List.of()),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "dense").with("units", 3L),
                        List.of(TensorRef.of("in"))),
                new LayerEntry(Models.type("Activation"), Models.layer("Activation", "activation"), List.of()));
        return new ModelDescription("sketch", false, layers, List.of(TensorRef.of("in"), TensorRef.of("activation")),
                List.of(TensorRef.of("dense"), TensorRef.of("activation")), Map.of(), ModelSource.layerLab());
    }

    @Test
    void aLayerWaitingForItsInputsIsSavedAndOpensUnwired() throws Exception {
        Path file = dir.resolve("sketch.llab");
        new ProjectWriter(REGISTRY).write(Project.of(unfinished()), file);

        Project opened = new ProjectReader(new ModelReader(REGISTRY)).open(file);

        assertThat(opened.model().layers()).extracting(LayerEntry::name).containsExactly("in", "dense", "activation");
        assertThat(opened.model().layer("activation").orElseThrow().inbound()).isEmpty();
        ModelGraph graph = GraphImport.toGraph("sketch.llab", opened.model(), REGISTRY, ParameterBudget.forTraining());
        assertThat(graph.size()).isEqualTo(3);
        assertThat(graph.inputEdges(graph.find("activation").orElseThrow().id())).isEmpty();
    }

    @Test
    void aKerasExportOfTheUnfinishedModelSaysWhichLayerWaits() {
        assertThatThrownBy(() -> new Keras2JsonWriter().toJson(unfinished(), "sketch.json"))
                .isInstanceOf(GraphStructureException.class)
                .hasMessageContaining("\"activation\"").hasMessageContaining("the layer has no inputs");
    }

    @Test
    void aKerasModelFileStillNeedsEveryLayerWired() {
        String json = """
                {"class_name": "Functional", "config": {"name": "m", "layers": [
                  {"class_name": "InputLayer", "name": "in", "config": {"name": "in", "batch_input_shape": [null, 4]},
                   "inbound_nodes": []},
                  {"class_name": "Activation", "name": "loose", "config": {"name": "loose", "activation": "relu"},
                   "inbound_nodes": []}],
                 "input_layers": [["in", 0, 0]], "output_layers": [["loose", 0, 0]]},
                 "keras_version": "2.15.0"}""";
        assertThatThrownBy(() -> new ModelReader(REGISTRY).readJson("m.json", json.getBytes()))
                .hasMessageContaining("\"loose\"").hasMessageContaining("the layer has no inputs");
    }
}

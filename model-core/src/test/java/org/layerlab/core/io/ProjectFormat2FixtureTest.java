package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;

/**
 * A format 2 project written by LayerLab before layer types carried their own Keras forms (commit 667ab29:
 * Scale's config without its default initializers, a regularizer with settings, trained weights) still opens
 * with everything in it, and saves again to the same project.
 */
class ProjectFormat2FixtureTest {
    private static final Path FIXTURE = Path.of("src", "test", "fixtures", "projects", "format2_dense_scale_trained.llab");
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private final ProjectReader reader = new ProjectReader(new ModelReader(REGISTRY));

    @Test
    void opensWithItsSettingsWeightsAndPositions() throws Exception {
        Project project = reader.open(FIXTURE);
        ModelDescription model = project.model();
        assertThat(model.layers()).extracting(LayerEntry::className)
                .containsExactly("InputLayer", "Dense", "Scale", "Dropout", "Dense");
        Config regularizer = model.layer("hidden").orElseThrow().config().getConfig("kernel_regularizer");
        assertThat(regularizer.get("class_name")).isEqualTo("L1L2");
        assertThat(regularizer.getConfig("config").getDouble("l2", 0)).isEqualTo(0.02);
        Config gamma = model.layer("scale").orElseThrow().config().getConfig("gamma_initializer");
        assertThat(gamma.get("class_name")).isEqualTo("RandomNormal");
        assertThat(gamma.getConfig("config").getDouble("mean", 0)).isEqualTo(1.0);
        assertThat(model.layer("scale").orElseThrow().config().getConfig("beta_initializer").get("class_name"))
                .as("the default left out of the file").isEqualTo("Zeros");
        assertThat(model.weights().get("scale").get(0).values()).containsExactly(1.5f, 1.625f, 1.75f);
        assertThat(project.positions()).hasSize(5);
        ModelGraph graph = GraphImport.toGraph("old.llab", model, REGISTRY, new ParameterBudget(1_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            assertThat(inference.totals().total()).isEqualTo(4 * 3 + 3 + 2 * 3 + 3 * 2 + 2);
        }
    }

    @Test
    void savesAgainToTheSameProject(@TempDir Path temp) throws Exception {
        Project opened = reader.open(FIXTURE);
        Path again = temp.resolve("again.llab");
        new ProjectWriter(REGISTRY).write(opened, again);
        Project reopened = reader.open(again);
        assertThat(reopened.model().layers()).isEqualTo(opened.model().layers());
        assertThat(reopened.model().weights()).isEqualTo(opened.model().weights());
        assertThat(reopened.positions()).isEqualTo(opened.positions());
    }
}

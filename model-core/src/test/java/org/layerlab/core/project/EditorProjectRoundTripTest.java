package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.LayerRegistry;

/** What the editor saves is what it opens: graph, positions and trained weights. */
class EditorProjectRoundTripTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    @Test
    void aTrainedModelSavedFromTheEditorReopensWithItsWeightsAndPlaces(@TempDir Path dir) throws Exception {
        ModelGraph graph = new ModelGraph(REGISTRY);
        List<Long> shape = new ArrayList<>();
        shape.add(null);
        shape.add(4L);
        NodeId in = graph.addNode("InputLayer", Config.builder().put("name", "in").put("batch_shape", shape).build());
        NodeId hidden = graph.addNode("Dense", Config.builder().put("name", "hidden").put("units", 8L).build());
        graph.connect(in, hidden, 0);
        graph.move(in, new CanvasPosition(10, 20));
        graph.move(hidden, new CanvasPosition(250, 20));
        // Inference builds the layers, as the editor's does; then "training" gives the weights values.
        new ShapeInference(graph).close();
        SplittableRandom rng = new SplittableRandom(3);
        graph.node(hidden).layer().weights().forEach(w -> w.initialize(rng));
        Map<String, List<WeightArray>> trained = KerasWeights.of(graph);

        Path file = dir.resolve("m.llab");
        new ProjectWriter(REGISTRY).write(Project.of(GraphExport.describe(graph, "m", trained))
                .withPositions(ProjectLayout.byName(graph)), file);
        Project project = new ProjectReader(new ModelReader(REGISTRY)).open(file);
        ModelGraph reopened = GraphImport.toGraph("m.llab", project.model(), REGISTRY,
                new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
        KerasWeights.loadInto(reopened, project.model().weights(), "m.llab");
        ProjectLayout.place(reopened, project.positions());

        assertThat(GraphExport.describe(reopened, "m", Map.of())).isEqualTo(GraphExport.describe(graph, "m", Map.of()));
        assertThat(ProjectLayout.byName(reopened)).isEqualTo(ProjectLayout.byName(graph));
        assertThat(KerasWeights.of(reopened).get("hidden")).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(trained.get("hidden"));
        assertThat(KerasWeights.of(reopened).get("hidden").get(0).values()).isNotEqualTo(new float[32]);
    }
}

package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.io.ReadLimits;
import org.layerlab.core.layer.LayerRegistry;

/** Positions belong to nodes in memory and to layer names in the file, through renames. */
class ProjectLayoutTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private static ModelGraph open(Project project) throws Exception {
        ModelGraph graph = GraphImport.toGraph("p.llab", project.model(), REGISTRY,
                new ParameterBudget(ReadLimits.DEFAULT_MAX_PARAMETERS));
        ProjectLayout.place(graph, project.positions());
        return graph;
    }

    @Test
    void aModelFileWithoutPositionsIsLaidOutLeftToRight(@TempDir Path dir) throws Exception {
        Path file = LargeAndIncompleteModelsTest.writeAutoencoder(dir);
        ModelGraph graph = open(new ProjectReader(new ModelReader(REGISTRY)).open(file));

        assertThat(graph.positions()).hasSize(graph.size());
        double previousX = -1;
        for (NodeId id : graph.topologicalOrder()) {
            double x = graph.position(id).orElseThrow().x();
            assertThat(x).isGreaterThan(previousX);
            previousX = x;
        }
    }

    @Test
    void positionsFollowARenameIntoTheSavedFileAndBack(@TempDir Path dir) throws Exception {
        Path source = LargeAndIncompleteModelsTest.writeAutoencoder(dir);
        Project project = new ProjectReader(new ModelReader(REGISTRY)).open(source);
        Map<String, CanvasPosition> placed = new LinkedHashMap<>();
        placed.put("dense_2", new CanvasPosition(700, 30));
        ModelGraph graph = open(project.withPositions(placed));
        NodeId moved = graph.find("dense_2").orElseThrow().id();
        graph.move(moved, new CanvasPosition(720, 45));
        graph.rename(moved, "bottleneck");

        Path saved = dir.resolve("saved.llab");
        new ProjectWriter(REGISTRY).write(project.withModel(GraphExport.describe(graph, "ae", Map.of()))
                .withPositions(ProjectLayout.byName(graph)), saved);
        ModelGraph reopened = open(new ProjectReader(new ModelReader(REGISTRY)).open(saved));

        assertThat(reopened.position(reopened.find("bottleneck").orElseThrow().id()))
                .contains(new CanvasPosition(720, 45));
        assertThat(ProjectLayout.byName(reopened)).isEqualTo(ProjectLayout.byName(graph));
    }
}

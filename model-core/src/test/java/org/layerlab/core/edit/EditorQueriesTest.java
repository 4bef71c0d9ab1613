package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/** What the canvas asks while the user drags: free names, fitting layer types, whether a wire may land. */
class EditorQueriesTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();
    private final ModelGraph graph = new ModelGraph(registry);
    private final ShapeInference inference = new ShapeInference(graph);

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void aTakenNameGetsTheFirstFreeNumberAfterItsStem() {
        graph.addNode("Dense", dense("dense", 2));
        graph.addNode("Dense", dense("dense_1", 2));
        graph.addNode("Dense", dense("dense_2", 2));

        assertThat(LayerNaming.free(graph, "dense_2")).isEqualTo("dense_3");
        assertThat(LayerNaming.free(graph, "dense")).isEqualTo("dense_3");
        assertThat(LayerNaming.free(graph, "encoder")).isEqualTo("encoder");
    }

    @Test
    void quickAddOffersTheTypesThatTakeTheOutput() {
        List<String> onFeatures = new LayerFit(registry).typesAccepting(Shape.of(null, 4L), DType.FLOAT32).stream()
                .map(LayerType::className).toList();
        List<String> onScalars = new LayerFit(registry).typesAccepting(Shape.of((Long) null), DType.FLOAT32).stream()
                .map(LayerType::className).toList();

        assertThat(onFeatures).contains("Dense", "Dropout", "Activation").doesNotContain("InputLayer");
        assertThat(onScalars).as("Dense needs min_ndim=2").doesNotContain("Dense").contains("Dropout");
    }

    @Test
    void aWireIsJudgedWhileDraggedWithKerasReasons() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId flat = graph.addNode("InputLayer", input("flat"));
        NodeId a = graph.addNode("Dense", dense("a", 8));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        graph.connect(in, a, 0);
        graph.connect(a, b, 0);
        WireCheck check = new WireCheck(graph, inference);

        assertThat(check.check(a, b, 0).reason()).contains("already connected to \"a\"");
        assertThat(check.check(b, a, 0).reason()).contains("cycle");
        assertThat(check.check(a, in, 0).reason()).contains("takes no input");
        assertThat(check.check(in, b, 1).reason()).contains("has no input 1");
        graph.disconnect(graph.inputEdges(b).get(0));
        assertThat(check.check(a, b, 0).allowed()).isTrue();
        assertThat(check.check(flat, b, 0)).satisfies(v -> {
            assertThat(v.allowed()).isFalse();
            assertThat(v.reason()).contains("Input 0 of layer \"b\"").contains("min_ndim=2");
        });
    }

    @Test
    void askingAboutAWireChangesNothingInTheGraph() {
        NodeId flat = graph.addNode("InputLayer", input("flat"));
        NodeId b = graph.addNode("Dense", dense("b", 8));
        var before = graph.node(b).layer();

        new WireCheck(graph, inference).check(flat, b, 0);

        assertThat(graph.node(b).layer()).isSameAs(before);
        assertThat(before.isBuilt()).isFalse();
        assertThat(graph.edges()).isEmpty();
    }
}

package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;

class ListenersAndPositionsTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());

    @Test
    void aThrowingListenerNeitherLeavesInferenceStaleNorKeepsOthersFromHearing() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId d = graph.addNode("Dense", dense("d", 8));
        graph.connect(in, d, 0);
        // Registered before inference exists, so an unordered graph would tell it first.
        graph.addListener(change -> {
            throw new IllegalStateException("view broke");
        });
        List<GraphChange> heard = new ArrayList<>();
        try (ShapeInference inference = new ShapeInference(graph)) {
            inference.addListener(update -> {
                throw new IllegalStateException("badge broke");
            });
            graph.addListener(heard::add);

            assertThatThrownBy(() -> graph.setConfig(d, dense("d", 5)))
                    .isInstanceOf(GraphListenerException.class)
                    .hasMessageContaining("2 listener failure(s)").hasMessageContaining("the edit was made");

            assertThat(inference.result(d).outputShape()).isEqualTo(Shape.of(null, 5L));
            assertThat(heard).singleElement().isInstanceOf(GraphChange.ConfigChanged.class);
        }
    }

    @Test
    void changeEventsCarryConfigsNotLayers() {
        assertThat(GraphChange.NodeAdded.class.getRecordComponents())
                .noneMatch(c -> c.getType() == GraphNode.class);
        assertThat(GraphChange.ConfigChanged.class.getRecordComponents())
                .noneMatch(c -> c.getType() == GraphNode.class);
        assertThat(GraphChange.NodeRemoved.class.getRecordComponents())
                .noneMatch(c -> c.getType() == GraphNode.class);
    }

    @Test
    void aNodeKeepsItsPositionThroughRenameAndDeleteAndRestore() {
        NodeId d = graph.addNode("Dense", dense("d", 8));
        List<GraphChange> heard = new ArrayList<>();
        graph.addListener(heard::add);

        assertThat(graph.move(d, new CanvasPosition(10, 20))).isNull();
        assertThat(graph.move(d, new CanvasPosition(30, 40))).isEqualTo(new CanvasPosition(10, 20));
        graph.rename(d, "hidden");
        RemovedNode removed = graph.removeNode(d);
        graph.restoreNode(removed);

        assertThat(graph.position(d)).contains(new CanvasPosition(30, 40));
        assertThat(heard.get(1)).isEqualTo(new GraphChange.Moved(d, new CanvasPosition(10, 20),
                new CanvasPosition(30, 40)));
        assertThat(heard.get(heard.size() - 1)).isInstanceOfSatisfying(GraphChange.NodeAdded.class,
                added -> assertThat(added.position()).isEqualTo(new CanvasPosition(30, 40)));
    }

    @Test
    void aSnapshotCarriesPositionsIntoTheCopy() {
        NodeId d = graph.addNode("Dense", dense("d", 8));
        graph.move(d, new CanvasPosition(1, 2));

        ModelGraph copy = ModelGraph.fromSnapshot(graph.snapshot(), graph.registry());

        assertThat(copy.position(d)).contains(new CanvasPosition(1, 2));
    }
}

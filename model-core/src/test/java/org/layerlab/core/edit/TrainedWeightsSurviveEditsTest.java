package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.dropout;
import static org.layerlab.core.graph.Layers.input;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.GraphChange;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;

/** The rule: an edit keeps every trained weight whose shape it keeps; undo gives back the layer as it was. */
class TrainedWeightsSurviveEditsTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final CommandStack stack = new CommandStack(graph);
    private ShapeInference inference;
    private NodeId in;
    private NodeId hidden;
    private NodeId drop;
    private NodeId head;

    @BeforeEach
    void trainedModel() {
        in = graph.addNode("InputLayer", input("in", 4));
        hidden = graph.addNode("Dense", dense("dense_2", 8));
        drop = graph.addNode("Dropout", dropout("drop", 0.5));
        head = graph.addNode("Dense", dense("head", 3));
        graph.connect(in, hidden, 0);
        graph.connect(hidden, drop, 0);
        graph.connect(drop, head, 0);
        inference = new ShapeInference(graph);
        SplittableRandom rng = new SplittableRandom(7);
        for (NodeId id : List.of(hidden, head)) {
            graph.node(id).layer().weights().forEach(w -> w.initialize(rng));
        }
    }

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void renamingAndChangingTheActivationKeepTheTrainedValues() {
        List<double[]> before = values(hidden);

        stack.execute(new RenameLayer(graph, hidden, "encoder"));
        ChangeConfig activation = ChangeConfig.setting(graph, hidden, "activation", "tanh");
        stack.execute(activation);
        stack.execute(ChangeConfig.setting(graph, drop, "rate", 0.2));

        assertThat(activation.droppedWeights()).isEmpty();
        assertThat(graph.node(hidden).name()).isEqualTo("encoder");
        assertThat(values(hidden)).usingRecursiveComparison().isEqualTo(before);
        assertThat(inference.result(head).needsReinitialisation()).isFalse();
    }

    @Test
    void changingUnitsResetsTheWeightsAndSaysWhich() {
        List<GraphChange> changes = new ArrayList<>();
        graph.addListener(changes::add);

        ChangeConfig units = ChangeConfig.setting(graph, hidden, "units", 16L);
        stack.execute(units);

        assertThat(units.droppedWeights()).hasSize(2);
        assertThat(units.droppedWeights().get(0)).contains("dense_2").contains("kernel")
                .contains("(4, 8)").contains("(4, 16)");
        assertThat(changes).singleElement().isInstanceOfSatisfying(GraphChange.ConfigChanged.class,
                c -> assertThat(c.droppedWeights()).isEqualTo(units.droppedWeights()));
        assertThat(graph.node(hidden).layer().weights()).noneMatch(Weight::isInitialized);
        assertThat(inference.result(head).needsReinitialisation()).as("head's input grew").isTrue();
    }

    @Test
    void undoGivesBackTheEarlierLayerInstanceAndEveryTrainedValueDownstream() {
        Layer hiddenLayer = graph.node(hidden).layer();
        List<double[]> hiddenValues = values(hidden);
        List<double[]> headValues = values(head);

        stack.execute(ChangeConfig.setting(graph, hidden, "units", 16L));
        stack.undo();

        assertThat(graph.node(hidden).layer()).isSameAs(hiddenLayer);
        assertThat(values(hidden)).usingRecursiveComparison().isEqualTo(hiddenValues);
        assertThat(values(head)).usingRecursiveComparison().isEqualTo(headValues);

        stack.redo();
        assertThat(graph.node(hidden).config().get("units")).isEqualTo(16L);
        assertThat(graph.node(head).layer().weights()).noneMatch(Weight::isInitialized);
        stack.undo();
        assertThat(values(head)).usingRecursiveComparison().isEqualTo(headValues);
    }

    @Test
    void deletingATrainedLayerAndUndoingKeepsItsWeights() {
        List<double[]> headValues = values(head);
        stack.execute(new DeleteLayers(graph, List.of(drop, head)));
        stack.undo();

        assertThat(values(head)).usingRecursiveComparison().isEqualTo(headValues);
        assertThat(inference.result(head).trainableParams()).isEqualTo(8 * 3 + 3);
    }

    private List<double[]> values(NodeId id) {
        return graph.node(id).layer().weights().stream().map(w -> w.value().ravel().toDoubleVector()).toList();
    }
}

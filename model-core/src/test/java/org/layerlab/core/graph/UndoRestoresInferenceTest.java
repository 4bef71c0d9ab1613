package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.dropout;
import static org.layerlab.core.graph.Layers.input;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;

/** Each edit followed by the inverse an undo command would apply gives back exactly the earlier results. */
class UndoRestoresInferenceTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private ShapeInference inference;
    private NodeId in;
    private NodeId hidden;
    private NodeId drop;
    private NodeId out;

    @BeforeEach
    void model() {
        in = graph.addNode("InputLayer", input("in", 20));
        hidden = graph.addNode("Dense", dense("hidden", 12));
        drop = graph.addNode("Dropout", dropout("drop", 0.2));
        out = graph.addNode("Dense", dense("out", 3));
        graph.connect(in, hidden, 0);
        graph.connect(hidden, drop, 0);
        graph.connect(drop, out, 0);
        inference = new ShapeInference(graph);
    }

    /** Applies the edit, checks that it made a difference, applies its inverse and checks the results are back. */
    private <T> void editThenUndo(Supplier<T> edit, java.util.function.Consumer<T> undo) {
        Map<NodeId, NodeResult> before = inference.results();
        String summaryBefore = Summary.render(graph, inference);
        GraphSnapshot structureBefore = graph.snapshot();

        T undoData = edit.get();
        assertThat(Summary.render(graph, inference)).as("the edit shows").isNotEqualTo(summaryBefore);
        undo.accept(undoData);

        assertThat(inference.results()).isEqualTo(before);
        assertThat(Summary.render(graph, inference)).isEqualTo(summaryBefore);
        assertThat(graph.snapshot()).isEqualTo(structureBefore);
    }

    @Test
    void aParameterEdit() {
        editThenUndo(() -> graph.setConfig(hidden, dense("hidden", 5)), old -> graph.setConfig(hidden, old));
    }

    @Test
    void anInvalidParameterEdit() {
        editThenUndo(() -> graph.setConfig(drop, dropout("drop", 1.0)), old -> graph.setConfig(drop, old));
    }

    @Test
    void anInputShapeEdit() {
        editThenUndo(() -> graph.setConfig(in, input("in", 7)), old -> graph.setConfig(in, old));
    }

    @Test
    void aRename() {
        editThenUndo(() -> graph.rename(hidden, "renamed"), old -> graph.rename(hidden, old));
    }

    @Test
    void aDisconnection() {
        Edge e = new Edge(hidden, drop, 0);
        editThenUndo(() -> {
            graph.disconnect(e);
            return e;
        }, removed -> graph.connect(removed.from(), removed.to(), removed.port()));
    }

    @Test
    void aConnection() {
        NodeId spare = graph.addNode("Dense", dense("spare", 4));
        inference.close();
        inference = new ShapeInference(graph);
        editThenUndo(() -> graph.connect(out, spare, 0), graph::disconnect);
    }

    @Test
    void aRemoval() {
        editThenUndo(() -> graph.removeNode(hidden), graph::restoreNode);
    }

    @Test
    void anAddition() {
        editThenUndo(() -> graph.addNode("Dense", Config.builder().put("units", 2).build()), graph::removeNode);
    }
}

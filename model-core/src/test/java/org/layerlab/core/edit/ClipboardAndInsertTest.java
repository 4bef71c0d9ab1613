package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.input;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.GraphSnapshot;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelFragment;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;

class ClipboardAndInsertTest {
    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());
    private final CommandStack stack = new CommandStack(graph);
    private final CardBoxes cards = new FixedCards(graph);

    @Test
    void copiedLayersPasteBackUnderNewNamesWithTheirInnerWiresOneRowBelow() throws Exception {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId a = graph.addNode("Dense", dense("dense", 8));
        NodeId b = graph.addNode("Dense", dense("dense_1", 3));
        graph.connect(in, a, 0);
        graph.connect(a, b, 0);
        graph.move(in, new CanvasPosition(-200, 50));
        graph.move(a, new CanvasPosition(100, 50));
        graph.move(b, new CanvasPosition(300, 50));

        String json = LayerClipboard.copy(graph, List.of(a, b)).toJson();
        ModelFragment back = new ModelReader(graph.registry()).readFragment("clipboard", json);
        PasteLayers paste = new PasteLayers(graph, back, cards);
        stack.execute(paste);

        assertThat(paste.pasted()).map(id -> graph.node(id).name()).containsExactly("dense_2", "dense_3");
        NodeId copyA = paste.pasted().get(0);
        NodeId copyB = paste.pasted().get(1);
        assertThat(graph.inputEdges(copyB)).containsExactly(new Edge(copyA, copyB, 0));
        assertThat(graph.inputEdges(copyA)).as("the wire from outside stays behind").isEmpty();
        assertThat(graph.position(copyB)).contains(new CanvasPosition(300, 50 + LayeredLayout.ROW_HEIGHT));
        assertThat(graph.node(copyB).config().get("units")).isEqualTo(3L);
        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Paste 2 layers");

        stack.undo();
        assertThat(graph.size()).isEqualTo(3);
        stack.redo();
        assertThat(graph.node(copyB).name()).isEqualTo("dense_3");
    }

    @Test
    void aKerasModelPastedFromElsewhereIsReadAsAFragment() throws Exception {
        String keras = """
                {"class_name": "Functional", "config": {"name": "m", "layers": [
                  {"class_name": "Dense", "name": "hidden", "config": {"name": "hidden", "units": 5,
                    "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": null}}},
                   "inbound_nodes": [[["x", 0, 0, {}]]]}],
                  "input_layers": [["hidden", 0, 0]], "output_layers": [["hidden", 0, 0]]}}
                """;

        ModelFragment fragment = new ModelReader(graph.registry()).readFragment("clipboard", keras);

        assertThat(fragment.layers()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("hidden");
            assertThat(l.inbound()).isEmpty();
        });
    }

    @Test
    void duplicateCopiesBelowTheOriginal() {
        NodeId a = graph.addNode("Dense", dense("enc", 8));
        graph.move(a, new CanvasPosition(0, 0));
        PasteLayers dup = PasteLayers.duplicate(graph, List.of(a), cards);
        stack.execute(dup);

        assertThat(graph.node(dup.pasted().get(0)).name()).isEqualTo("enc_1");
        assertThat(graph.position(dup.pasted().get(0))).contains(new CanvasPosition(0, LayeredLayout.ROW_HEIGHT));
        assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Duplicate enc_1");
    }

    @Test
    void aLayerDroppedOnAWireIsInsertedAndUndoPutsTheWireBack() {
        NodeId in = graph.addNode("InputLayer", input("in", 4));
        NodeId out = graph.addNode("Dense", dense("out", 2));
        graph.move(in, new CanvasPosition(0, 200));
        graph.move(out, new CanvasPosition(600, 200));
        Edge wire = graph.connect(in, out, 0);
        GraphSnapshot before = graph.snapshot();
        try (ShapeInference inference = new ShapeInference(graph)) {
            InsertOnWire insert = new InsertOnWire(graph, wire, "Dense", dense("hidden", 16), new CanvasPosition(5, 5),
                    cards);
            stack.execute(insert);

            assertThat(graph.inputEdges(insert.node())).containsExactly(new Edge(in, insert.node(), 0));
            assertThat(graph.inputEdges(out)).containsExactly(new Edge(insert.node(), out, 0));
            assertThat(inference.result(out).trainableParams()).isEqualTo(16 * 2 + 2);
            assertThat(stack.undoLabel().orElseThrow().text(Locale.ENGLISH)).isEqualTo("Insert hidden between in and out");

            stack.undo();
            assertThat(graph.snapshot()).isEqualTo(before);
            assertThat(inference.result(out).outputShape()).isEqualTo(Shape.of(null, 2L));
            stack.redo();
            assertThat(graph.inputEdges(out)).containsExactly(new Edge(insert.node(), out, 0));
        }
    }
}

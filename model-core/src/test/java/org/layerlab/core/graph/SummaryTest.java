package org.layerlab.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.core.graph.Layers.dense;
import static org.layerlab.core.graph.Layers.dropout;
import static org.layerlab.core.graph.Layers.input;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.layer.LayerRegistry;

/**
 * The expected tables are written out by hand the way Keras 2's {@code model.summary()} prints a
 * functional model: 98 columns, column ends at 32, 53, 65 and 98, each row padded with spaces to the
 * full width (the padding is not visible in the text blocks below, so each line's length is checked).
 */
class SummaryTest {
    private static final int WIDTH = 98;

    private final ModelGraph graph = new ModelGraph(LayerRegistry.withInstalledLayers());

    private static void assertKerasTable(String rendered, String expectedWithoutPadding) {
        List<String> lines = rendered.lines().toList();
        assertThat(lines.stream().map(String::stripTrailing).toList())
                .containsExactlyElementsOf(expectedWithoutPadding.lines().toList());
        for (String line : lines) {
            if (!line.startsWith("Total") && !line.startsWith("Trainable") && !line.startsWith("Non-trainable")) {
                assertThat(line).as("a table line is padded to the full width").hasSize(WIDTH);
            }
        }
    }

    @Test
    void aSmallMlpAsKerasPrintsIt() {
        NodeId in = graph.addNode("InputLayer", input("input_1", 784));
        NodeId d1 = graph.addNode("Dense", dense("dense_1", 64));
        NodeId drop = graph.addNode("Dropout", dropout("dropout_1", 0.5));
        NodeId d2 = graph.addNode("Dense", dense("dense_2", 10));
        graph.connect(in, d1, 0);
        graph.connect(d1, drop, 0);
        graph.connect(drop, d2, 0);

        String summary = Summary.render(graph, new ShapeInference(graph));

        assertKerasTable(summary, """
                __________________________________________________________________________________________________
                Layer (type)                    Output Shape         Param #     Connected to
                ==================================================================================================
                input_1 (InputLayer)            (None, 784)          0
                __________________________________________________________________________________________________
                dense_1 (Dense)                 (None, 64)           50240       input_1[0][0]
                __________________________________________________________________________________________________
                dropout_1 (Dropout)             (None, 64)           0           dense_1[0][0]
                __________________________________________________________________________________________________
                dense_2 (Dense)                 (None, 10)           650         dropout_1[0][0]
                ==================================================================================================
                Total params: 50,890
                Trainable params: 50,890
                Non-trainable params: 0
                __________________________________________________________________________________________________
                """);
    }

    @Test
    void frozenLayersCountAsNonTrainableAndLongNamesAreCutAtTheColumn() {
        NodeId in = graph.addNode("InputLayer", input("input_1", 784));
        NodeId frozen = graph.addNode("Dense", dense("a_rather_long_frozen_layer_name", 64).with("trainable", false));
        NodeId head = graph.addNode("Dense", dense("head", 10));
        graph.connect(in, frozen, 0);
        graph.connect(frozen, head, 0);

        String summary = Summary.render(graph, new ShapeInference(graph));

        assertKerasTable(summary, """
                __________________________________________________________________________________________________
                Layer (type)                    Output Shape         Param #     Connected to
                ==================================================================================================
                input_1 (InputLayer)            (None, 784)          0
                __________________________________________________________________________________________________
                a_rather_long_frozen_layer_name (None, 64)           50240       input_1[0][0]
                __________________________________________________________________________________________________
                head (Dense)                    (None, 10)           650         a_rather_long_frozen_layer_name[0
                ==================================================================================================
                Total params: 50,890
                Trainable params: 650
                Non-trainable params: 50,240
                __________________________________________________________________________________________________
                """);
    }

    @Test
    void aLayerWithSeveralInputsListsOneConnectionPerRowAndUnknownValuesAsQuestionMarks() {
        NodeId a = graph.addNode("InputLayer", input("a", 4));
        NodeId b = graph.addNode("InputLayer", input("b", 4));
        NodeId d = graph.addNode("Dense", dense("d", 2));
        graph.connect(a, d, 0);
        graph.connect(b, d, 1);

        String summary = Summary.render(graph, new ShapeInference(graph));

        assertKerasTable(summary, """
                __________________________________________________________________________________________________
                Layer (type)                    Output Shape         Param #     Connected to
                ==================================================================================================
                a (InputLayer)                  (None, 4)            0
                __________________________________________________________________________________________________
                b (InputLayer)                  (None, 4)            0
                __________________________________________________________________________________________________
                d (Dense)                       ?                    ?           a[0][0]
                                                                                 b[0][0]
                ==================================================================================================
                Total params: 0
                Trainable params: 0
                Non-trainable params: 0
                __________________________________________________________________________________________________
                """);
    }

    @Test
    void aChainFromOneInputLayerIsKerassSequentialTableUnderTheModelLine() {
        NodeId in = graph.addNode("InputLayer", input("input", 4));
        NodeId hidden = graph.addNode("Dense", dense("hidden", 16));
        NodeId out = graph.addNode("Dense", dense("species", 3));
        graph.connect(in, hidden, 0);
        graph.connect(hidden, out, 0);

        String summary = Summary.render("iris_mlp", graph, new ShapeInference(graph));

        // Keras's Sequential layout: 65 columns, no input row, no Connected-to column.
        assertThat(summary.lines().map(String::stripTrailing).toList()).containsExactly(
                "Model: \"iris_mlp\"",
                "_".repeat(65),
                "Layer (type)                 Output Shape              Param #",
                "=".repeat(65),
                "hidden (Dense)               (None, 16)                80",
                "_".repeat(65),
                "species (Dense)              (None, 3)                 51",
                "=".repeat(65),
                "Total params: 131",
                "Trainable params: 131",
                "Non-trainable params: 0",
                "_".repeat(65));
    }

    @Test
    void aForkKeepsTheFunctionalTableUnderTheModelLine() {
        NodeId in = graph.addNode("InputLayer", input("input", 4));
        graph.connect(in, graph.addNode("Dense", dense("left", 2)), 0);
        graph.connect(in, graph.addNode("Dense", dense("right", 2)), 0);
        ShapeInference inference = new ShapeInference(graph);

        String summary = Summary.render("two_heads", graph, inference);

        assertThat(summary).isEqualTo("Model: \"two_heads\"\n" + Summary.render(graph, inference));
        assertThat(summary).contains("Connected to", "input (InputLayer)", "input[0][0]");
    }
}

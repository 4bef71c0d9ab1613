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
}

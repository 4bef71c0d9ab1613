package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.ParameterBudgetException;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.io.WeightDataException;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.train.GraphModel;

class GraphImportTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final ParameterBudget BUDGET = new ParameterBudget(50_000_000);

    /** A functional model: the input feeds a Dense and a Scale, a Dense reads the Scale. */
    private static final String BRANCHED = """
            {"class_name": "Functional", "config": {"name": "branched", "layers": [
              {"class_name": "InputLayer", "name": "x", "config": {"batch_input_shape": [null, 5], "name": "x"},
               "inbound_nodes": []},
              {"class_name": "Dense", "name": "a", "config": {"name": "a", "units": 3, "activation": "relu"},
               "inbound_nodes": [[["x", 0, 0, {}]]]},
              {"class_name": "Scale", "name": "s", "config": {"name": "s", "axis": -1},
               "inbound_nodes": [[["x", 0, 0, {}]]]},
              {"class_name": "Dense", "name": "b", "config": {"name": "b", "units": 2},
               "inbound_nodes": [[["s", 0, 0, {}]]]}],
              "input_layers": [["x", 0, 0]], "output_layers": [["a", 0, 0], ["b", 0, 0]]}}
            """;

    private static ModelDescription read(String json) throws Exception {
        return new ModelReader(REGISTRY).readJson("m.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFunctionalModelBecomesTheSameGraphAndDescribesBackTheSame() throws Exception {
        ModelDescription model = read(BRANCHED);
        ModelGraph graph = GraphImport.toGraph("m.json", model, REGISTRY, BUDGET);
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.result(graph.find("b").orElseThrow().id()).outputShape()).isEqualTo(Shape.of(null, 2L));
            assertThat(inference.totals().total()).isEqualTo(5 * 3 + 3 + 2 * 5 + 5 * 2 + 2);
        }
        ModelDescription back = GraphExport.describe(graph, "branched", Map.of());
        assertThat(back.layers()).isEqualTo(model.layers());
        assertThat(back.inputs()).isEqualTo(model.inputs());
        assertThat(back.outputs()).containsExactlyInAnyOrderElementsOf(model.outputs());
        assertThat(back.sequential()).isFalse();
    }

    @Test
    void theGraphsOwnCountIsHeldToTheBudgetBeforeAnythingIsAllocated() throws Exception {
        ModelDescription model = read(BRANCHED.replace("[null, 5]", "[null, 400000]"));
        assertThatThrownBy(() -> GraphImport.toGraph("m.json", model, REGISTRY, new ParameterBudget(1_000_000)))
                .isInstanceOf(ParameterBudgetException.class).hasMessageContaining("m.json");
    }

    @Test
    void weightsThatDoNotFitTheirLayerAreRefusedNamingIt() throws Exception {
        ModelDescription model = read(BRANCHED).withWeights(Map.of("a", List.of(
                new WeightArray("kernel", new long[] {4, 3}, new float[12]), new WeightArray("bias", new long[] {3}, new float[3]))));
        assertThatThrownBy(() -> GraphImport.toGraph("m.json", model, REGISTRY, BUDGET))
                .isInstanceOf(WeightDataException.class).hasMessageContaining("m.json").hasMessageContaining("\"a\"")
                .hasMessageContaining("[5, 3]");
    }

    @Test
    void trainedWeightsGoIntoAModelAndComeBackUnchanged() throws Exception {
        String chain = """
                {"class_name": "Sequential", "config": {"name": "c", "layers": [
                  {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 3], "name": "in"}},
                  {"class_name": "Dense", "config": {"name": "d", "units": 2}},
                  {"class_name": "Scale", "config": {"name": "s"}}]}}
                """;
        float[] kernel = {0.5f, -1.25f, 2f, 0.125f, -0.75f, 3.5f};
        Map<String, List<WeightArray>> weights = Map.of(
                "d", List.of(new WeightArray("kernel", new long[] {3, 2}, kernel),
                        new WeightArray("bias", new long[] {2}, new float[] {0.25f, -0.5f})),
                "s", List.of(new WeightArray("gamma", new long[] {2}, new float[] {2f, 3f}),
                        new WeightArray("beta", new long[] {2}, new float[] {1f, -1f})));
        ModelGraph graph = GraphImport.toGraph("c.json", read(chain).withWeights(weights), REGISTRY, BUDGET);
        GraphModel model = GraphModel.of(graph);
        KerasWeights.load(model, weights, "c.json");
        assertThat(KerasWeights.of(model.currentWeights())).isEqualTo(weights);
    }
}

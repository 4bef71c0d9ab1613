package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.SharedFiles;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.shape.Shape;

/**
 * Every supported real Keras file becomes a graph whose live shape inference agrees with Keras: no
 * errors, each layer's parameter count as Keras counts it from the file's own sizes
 * ({@code in × units + units} for Dense), and the model's output {@code (None, units)} of its last Dense.
 */
class FixtureGraphsTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    @ParameterizedTest
    @ValueSource(strings = {"01_credit-card-fraud_seq-list.json", "02_housing-ml_tfjs.json",
            "09_school-predictor_keras3_config.json", "10_chatbot-api_keras3_to-json.json", "12_dqn-cartpole_dense.json",
            "13_musk_dense-l1l2.json", "15_wifi-locator_seq-list_dense.json",
            "28_maternal-health_tfjs_k215_dense-dropout.json", "32_deep_keras1_dense-dropout-activation.json"})
    void inferredShapesAndCountsAreKeras(String file) throws Exception {
        ModelDescription model = new ModelReader(REGISTRY).read(SharedFiles.kerasFixture(file));
        ModelGraph graph = GraphImport.toGraph(file, model, REGISTRY, new ParameterBudget(50_000_000));
        try (ShapeInference inference = new ShapeInference(graph)) {
            assertThat(inference.diagnostics()).isEmpty();
            long width = -1;
            long total = 0;
            for (LayerEntry entry : model.layers()) {
                GraphNode node = graph.find(entry.name()).orElseThrow();
                NodeResult result = inference.result(node.id());
                long expected = 0;
                if (entry.isInputLayer()) {
                    List<Object> batchShape = entry.config().getList("batch_shape");
                    width = (Long) batchShape.get(batchShape.size() - 1);
                } else if (entry.className().equals("Dense")) {
                    long units = entry.config().getLong("units", -1);
                    expected = width * units + (entry.config().getBoolean("use_bias", true) ? units : 0);
                    width = units;
                }
                assertThat(result.paramCount()).as("params of %s", entry.name()).isEqualTo(expected);
                assertThat(result.outputShape()).as("output of %s", entry.name()).isEqualTo(Shape.of(null, width));
                total += expected;
            }
            assertThat(inference.totals().total()).isEqualTo(total);
        }
        assertThat(GraphExport.describe(graph, model.name(), Map.of()).layers()).isEqualTo(model.layers());
    }
}

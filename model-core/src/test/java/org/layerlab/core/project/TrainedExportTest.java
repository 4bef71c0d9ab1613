package org.layerlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.data.Target;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Predictor;

/** The exported model must compute from raw values what the trained model computes from standardised ones. */
class TrainedExportTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final Standardization STANDARDIZATION = new Standardization(new double[] {5.8, 3.0, 3.8, 1.2},
            new double[] {0.83, 0.43, 1.76, 0.76});
    private static final Preprocessing NUMERIC = new Preprocessing(
            List.of(new FeatureColumn.Numeric("a"), new FeatureColumn.Numeric("b"), new FeatureColumn.Numeric("c"),
                    new FeatureColumn.Numeric("d")),
            STANDARDIZATION, Target.classes("kind", List.of("x", "y")));

    private static final String INPUT = """
              {"class_name": "InputLayer", "name": "in", "config": {"batch_input_shape": [null, 4], "name": "in"},
               "inbound_nodes": []},
            """;

    private static ModelDescription trained(String layers, String outputs, long seed) throws Exception {
        String json = "{\"class_name\": \"Functional\", \"config\": {\"name\": \"m\", \"layers\": [" + INPUT + layers
                + "], \"input_layers\": [[\"in\", 0, 0]], \"output_layers\": " + outputs + "}}";
        ModelDescription model = new ModelReader(REGISTRY).readJson("m.json", json.getBytes(StandardCharsets.UTF_8));
        GraphModel g = GraphModel.of(GraphImport.toGraph("m.json", model, REGISTRY, new ParameterBudget(1_000_000)));
        g.initialize(seed);
        return model.withWeights(KerasWeights.of(g.currentWeights()));
    }

    private static double[][] predict(ModelDescription model, double[][] rows) throws Exception {
        ModelGraph graph = GraphImport.toGraph("m.json", model, REGISTRY, new ParameterBudget(1_000_000));
        GraphModel g = GraphModel.of(graph);
        KerasWeights.load(g, model.weights(), "m.json");
        return new Predictor(g).predict(rows);
    }

    private static double[][] rawRows() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] rows = new double[20][4];
        for (double[] row : rows) {
            for (int j = 0; j < 4; j++) {
                row[j] = STANDARDIZATION.mean()[j] + 2 * STANDARDIZATION.std()[j] * (rng.nextDouble() - 0.5);
            }
        }
        return rows;
    }

    private static void assertSameFunction(ModelDescription trained, ModelDescription exported) throws Exception {
        double[][] raw = rawRows();
        double[][] standardized = new double[raw.length][];
        for (int r = 0; r < raw.length; r++) {
            standardized[r] = raw[r].clone();
            STANDARDIZATION.applyInPlace(standardized[r]);
        }
        double[][] expected = predict(trained, standardized);
        double[][] actual = predict(exported, raw);
        for (int r = 0; r < raw.length; r++) {
            for (int k = 0; k < expected[r].length; k++) {
                assertThat(actual[r][k]).as("row %d output %d", r, k).isCloseTo(expected[r][k],
                        org.assertj.core.api.Assertions.within(1e-5));
            }
        }
    }

    @Test
    void foldsIntoTheFirstDenseSoRawValuesGiveTheSamePredictions() throws Exception {
        ModelDescription model = trained("""
                {"class_name": "Dense", "name": "h", "config": {"name": "h", "units": 5, "activation": "tanh",
                 "use_bias": false}, "inbound_nodes": [[["in", 0, 0, {}]]]},
                {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 2, "activation": "softmax"},
                 "inbound_nodes": [[["h", 0, 0, {}]]]}
                """, "[[\"out\", 0, 0]]", 3);
        TrainedExport.Result result = TrainedExport.prepare(Project.of(model).withPreprocessing(NUMERIC));

        assertThat(result.model().layers()).hasSize(3);
        assertThat(result.model().layer("h").orElseThrow().config().getBoolean("use_bias", false)).isTrue();
        assertThat(result.notes()).containsExactly(new TrainedExport.Note.Folded("h", 4));
        assertThat(result.outside()).isEmpty();
        assertSameFunction(model, result.model());
    }

    @Test
    void addsAScaleLayerWhenTheInputDoesNotFeedADense() throws Exception {
        ModelDescription model = trained("""
                {"class_name": "Dropout", "name": "drop", "config": {"name": "drop", "rate": 0.3},
                 "inbound_nodes": [[["in", 0, 0, {}]]]},
                {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 3, "activation": "softmax"},
                 "inbound_nodes": [[["drop", 0, 0, {}]]]}
                """, "[[\"out\", 0, 0]]", 5);
        TrainedExport.Result result = TrainedExport.prepare(Project.of(model).withPreprocessing(NUMERIC));

        assertThat(result.model().layers()).extracting(l -> l.className())
                .containsExactly("InputLayer", "Scale", "Dropout", "Dense");
        assertThat(result.model().isChain()).isTrue();
        assertThat(result.notes()).containsExactly(new TrainedExport.Note.ScaleAdded("standardize"));
        assertThat(result.outside()).isEmpty();
        assertSameFunction(model, result.model());
    }

    @Test
    void categoryEncodingStaysOutsideWhileTheStandardisationIsFoldedIn() throws Exception {
        ModelDescription model = trained("""
                {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 2},
                 "inbound_nodes": [[["in", 0, 0, {}]]]}
                """, "[[\"out\", 0, 0]]", 7);
        Preprocessing withCategory = new Preprocessing(List.of(new FeatureColumn.Numeric("a"),
                new FeatureColumn.Categorical("colour", List.of("red", "green", "blue"))), STANDARDIZATION,
                Target.classes("kind", List.of("x", "y")));
        TrainedExport.Result result = TrainedExport.prepare(Project.of(model).withPreprocessing(withCategory));
        assertThat(result.notes()).containsExactly(new TrainedExport.Note.EncodedOutside(List.of("colour")),
                new TrainedExport.Note.Folded("out", 4));
        assertThat(result.outside()).hasValueSatisfying(outside -> {
            assertThat(outside.columns()).isEqualTo(withCategory.columns());
            assertThat(outside.standardization().isIdentity()).as("standardised once, in the model").isTrue();
        });
        assertSameFunction(model, result.model());
    }

    @Test
    void anUntrainedModelIsLeftAloneAndSaysWhy() throws Exception {
        ModelDescription untrained = trained("""
                {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 2},
                 "inbound_nodes": [[["in", 0, 0, {}]]]}
                """, "[[\"out\", 0, 0]]", 7).withWeights(java.util.Map.of());
        TrainedExport.Result result = TrainedExport.prepare(Project.of(untrained).withPreprocessing(NUMERIC));
        assertThat(result.model()).isEqualTo(untrained);
        assertThat(result.outside()).contains(NUMERIC);
        assertThat(result.notes()).containsExactly(
                new TrainedExport.Note.StandardizationOutside(TrainedExport.Reason.NO_TRAINED_WEIGHTS));
    }
}

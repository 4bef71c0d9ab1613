package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.project.TrainedExport;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.NdTensor;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.train.GraphModel;

/**
 * LayerLab's exports load in a real client, TensorFlow.js 4.22 in Node.js, and compute there what LayerLab
 * computes: the Keras 2 JSON through {@code tf.models.modelFromJSON} + {@code setWeights}, and the TF.js
 * folder through {@code tf.loadLayersModel}. Every model is exported both ways and all run in one node
 * process; each result is then checked against LayerLab's own shape inference and forward pass. A model
 * trained on iris, exported with its standardisation folded in, takes the raw measurements in TF.js.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TfjsClientTest {
    /** Predictions agree to 1e-5, relative to the value once it is above 1 (float32 sums of many terms). */
    private static final double TOLERANCE = 1e-5;
    private static final int ROWS = 6;
    private static final String IRIS = "trained_iris tfjs";

    private final ModelReader reader = new ModelReader(LayerRegistry.withInstalledLayers());
    private final ObjectMapper mapper = new ObjectMapper();
    /** LayerLab's outputs by job id, for the models made in code or read from fixtures. */
    private final Map<String, LayerLabOutputs> expected = new LinkedHashMap<>();
    private LayerLabOutputs irisExpected;
    private TrainedExport.Result irisExport;
    private Map<String, TfjsResult> results;

    @BeforeAll
    void runEveryExportInTensorFlowJs(@TempDir Path temp) throws Exception {
        NodeClient node = NodeClient.installed();
        Map<String, ModelDescription> models = new LinkedHashMap<>();
        models.put("every_option_chain", withConstraintsApplied(
                scaledToFanIn(Models.withRandomWeights(Models.everyOptionChainForTfjs(), 11))));
        models.put("functional_branches", scaledToFanIn(Models.withRandomWeights(branches(), 12)));
        models.put("fixture_28_tfjs", scaledToFanIn(Models.withRandomWeights(
                reader.read(SharedFiles.kerasFixture("28_maternal-health_tfjs_k215_dense-dropout.json")), 13)));
        models.put("fixture_32_keras1", scaledToFanIn(Models.withRandomWeights(
                reader.read(SharedFiles.kerasFixture("32_deep_keras1_dense-dropout-activation.json")), 14)));
        List<TfjsJob> jobs = new ArrayList<>();
        int seed = 0;
        for (Map.Entry<String, ModelDescription> e : models.entrySet()) {
            double[][] rows = inputRows(e.getValue(), seed++);
            jobs.addAll(export(temp, e.getKey(), e.getValue(), rows));
            LayerLabOutputs outputs = LayerLabOutputs.of(e.getValue(), rows);
            expected.put(e.getKey() + " keras", outputs);
            expected.put(e.getKey() + " tfjs", outputs);
        }

        TrainedIris iris = TrainedIris.train();
        irisExport = TrainedExport.prepare(iris.project());
        irisExpected = iris.layerLabPredictions();
        Path irisFolder = Files.createDirectories(temp.resolve("iris"));
        new TfjsLayersWriter().write(irisExport.model(), irisFolder.resolve("tfjs"));
        mapper.writeValue(irisFolder.resolve("raw.json").toFile(), iris.rawRows());
        jobs.add(TfjsJob.tfjs(IRIS, irisFolder.resolve("tfjs"), irisFolder.resolve("raw.json")));

        results = node.run(jobs, temp);
    }

    Stream<String> jobs() {
        return expected.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void loadsAndPredictsAsLayerLabDoes(String job) {
        assertMatches(job, expected.get(job));
    }

    @Test
    void aTrainedIrisModelTakesRawMeasurementsInTensorFlowJsAsLayerLabPredictDoes() {
        assertThat(irisExport.outside()).as("nothing needs to be written beside the export").isEmpty();
        assertThat(irisExport.notes()).singleElement().isInstanceOf(TrainedExport.Note.Folded.class);
        assertMatches(IRIS, irisExpected);
    }

    private void assertMatches(String job, LayerLabOutputs layerLab) {
        TfjsResult tfjs = results.get(job);
        assertThat(tfjs.error()).as("TensorFlow.js could not load or run %s", job).isNull();
        assertThat(tfjs.countParams()).as("countParams()").isEqualTo(layerLab.paramCount());
        assertThat(tfjs.outputShapes()).as("output shapes").isEqualTo(layerLab.outputShapes());
        assertThat(tfjs.weightNames()).as("weight names").containsExactlyInAnyOrderElementsOf(layerLab.weightPaths());
        assertThat(tfjs.trainableWeightNames()).as("trainable weights")
                .containsExactlyInAnyOrderElementsOf(layerLab.trainablePaths());
        assertThat(tfjs.predictions()).hasSameSizeAs(layerLab.predictions());
        for (int out = 0; out < layerLab.predictions().size(); out++) {
            assertClose(job + " output " + out, tfjs.predictions().get(out), layerLab.predictions().get(out));
        }
    }

    private static void assertClose(String what, double[][] actual, double[][] expected) {
        assertThat(actual).as(what + " rows").hasNumberOfRows(expected.length);
        for (int r = 0; r < expected.length; r++) {
            assertThat(actual[r]).as(what + " row " + r).hasSameSizeAs(expected[r]);
            for (int c = 0; c < expected[r].length; c++) {
                double bound = TOLERANCE * Math.max(1, Math.abs(expected[r][c]));
                assertThat(Math.abs(actual[r][c] - expected[r][c])).as("%s [%d][%d]: TF.js %s, LayerLab %s", what, r, c,
                        actual[r][c], expected[r][c]).isLessThanOrEqualTo(bound);
            }
        }
    }

    /** Writes the model both ways with its inputs and returns the two jobs. */
    private List<TfjsJob> export(Path temp, String id, ModelDescription model, double[][] rows) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(id));
        Path inputs = folder.resolve("inputs.json");
        mapper.writeValue(inputs.toFile(), rows);
        Path kerasJson = folder.resolve("keras2.json");
        new Keras2JsonWriter().write(model, kerasJson);
        Map<String, Object> weights = new LinkedHashMap<>();
        model.weights().forEach((layer, arrays) -> arrays.forEach(w -> weights.put(layer + "/" + w.name(),
                Map.of("shape", w.shape(), "values", w.values()))));
        Path weightsJson = folder.resolve("weights.json");
        mapper.writeValue(weightsJson.toFile(), weights);
        Path tfjsFolder = folder.resolve("tfjs");
        new TfjsLayersWriter().write(model, tfjsFolder);
        return List.of(TfjsJob.keras(id + " keras", kerasJson, weightsJson, inputs),
                TfjsJob.tfjs(id + " tfjs", tfjsFolder, inputs));
    }

    /** One input feeding two branches, each an output: a model only the functional form can hold. */
    private static ModelDescription branches() {
        List<LayerEntry> layers = List.of(
                new LayerEntry(Models.type("InputLayer"), Models.input("x", null, 5L), List.of()),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "trunk").with("units", 8L).with("activation", "elu"),
                        List.of(TensorRef.of("x"))),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "left").with("units", 3L).with("activation", "softmax"),
                        List.of(TensorRef.of("trunk"))),
                new LayerEntry(Models.type("Scale"), Models.layer("Scale", "right_scale"), List.of(TensorRef.of("trunk"))),
                new LayerEntry(Models.type("Dropout"), Models.layer("Dropout", "right_drop").with("rate", 0.5),
                        List.of(TensorRef.of("right_scale"))),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "right").with("units", 2L).with("activation", "sigmoid"),
                        List.of(TensorRef.of("right_drop"))));
        return new ModelDescription("branches", false, layers, List.of(TensorRef.of("x")),
                List.of(TensorRef.of("left"), TensorRef.of("right")), Map.of(), ModelSource.layerLab());
    }

    /**
     * Divides every kernel by the square root of its fan-in, so that activations stay near 1 through wide
     * layers instead of saturating sigmoid and softmax, which would make the comparison weak.
     */
    private static ModelDescription scaledToFanIn(ModelDescription model) {
        Map<String, List<WeightArray>> weights = new LinkedHashMap<>();
        model.weights().forEach((layer, arrays) -> weights.put(layer, arrays.stream().map(w -> {
            if (w.shape().length != 2) {
                return w;
            }
            float[] v = w.values();
            float factor = (float) (1 / Math.sqrt(w.shape()[0]));
            for (int i = 0; i < v.length; i++) {
                v[i] *= factor;
            }
            return new WeightArray(w.name(), w.shape(), v);
        }).toList()));
        return model.withWeights(weights);
    }

    /**
     * The weights projected by their layers' constraints, as after a training step. TF.js applies a
     * weight's constraint whenever the weight is set ({@code LayerVariable.write}), so loading weights that
     * break their constraints would change them there; Keras and LayerLab apply constraints only after
     * optimiser steps.
     */
    private static ModelDescription withConstraintsApplied(ModelDescription model) throws ModelFormatException {
        GraphModel graphModel = GraphModel.of(GraphImport.toGraph(model.name(), model,
                LayerRegistry.withInstalledLayers(), new ParameterBudget(50_000_000)));
        KerasWeights.load(graphModel, model.weights(), model.name());
        Ops ops = new NdOps();
        for (Weight w : graphModel.weights()) {
            if (w.constraint() != null) {
                w.assign(((NdTensor) w.constraint().apply(ops.read(w), ops)).array());
            }
        }
        return model.withWeights(KerasWeights.of(graphModel.currentWeights()));
    }

    /** Seeded inputs in [-2, 2), exactly representable in float32 so both sides read the same numbers. */
    private static double[][] inputRows(ModelDescription model, long seed) {
        int width = Math.toIntExact((Long) model.layers().get(0).config().getList("batch_shape").get(1));
        Random random = new Random(seed);
        double[][] rows = new double[ROWS][width];
        for (double[] row : rows) {
            for (int i = 0; i < width; i++) {
                row[i] = (float) (random.nextDouble() * 4 - 2);
            }
        }
        return rows;
    }
}

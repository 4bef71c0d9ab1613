package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                TfjsExports.scaledToFanIn(Models.withRandomWeights(Models.everyOptionChainForTfjs(), 11))));
        models.put("functional_branches", TfjsExports.scaledToFanIn(Models.withRandomWeights(branches(), 12)));
        models.put("functional_add", TfjsExports.scaledToFanIn(Models.withRandomWeights(summedBranches(), 15)));
        models.put("fixture_28_tfjs", TfjsExports.scaledToFanIn(Models.withRandomWeights(
                reader.read(SharedFiles.kerasFixture("28_maternal-health_tfjs_k215_dense-dropout.json")), 13)));
        models.put("fixture_32_keras1", TfjsExports.scaledToFanIn(Models.withRandomWeights(
                reader.read(SharedFiles.kerasFixture("32_deep_keras1_dense-dropout-activation.json")), 14)));
        List<TfjsJob> jobs = new ArrayList<>();
        int seed = 0;
        for (Map.Entry<String, ModelDescription> e : models.entrySet()) {
            double[][] rows = TfjsExports.inputRows(e.getValue(), seed++);
            jobs.addAll(TfjsExports.export(temp, e.getKey(), e.getValue(), rows));
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
        TfjsExports.assertMatches(job, results.get(job), expected.get(job));
    }

    @Test
    void aTrainedIrisModelTakesRawMeasurementsInTensorFlowJsAsLayerLabPredictDoes() {
        assertThat(irisExport.outside()).as("nothing needs to be written beside the export").isEmpty();
        assertThat(irisExport.notes()).singleElement().isInstanceOf(TrainedExport.Note.Folded.class);
        TfjsExports.assertMatches(IRIS, results.get(IRIS), irisExpected);
    }

    /** One input feeding two branches, each an output: a model only the functional form can hold. */
    /** Three branches of different shapes summed by Add, broadcasting a size of 1, then one output. */
    private static ModelDescription summedBranches() {
        List<LayerEntry> layers = List.of(
                new LayerEntry(Models.type("InputLayer"), Models.input("x", null, 5L), List.of()),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "wide").with("units", 4L)
                        .with("activation", "tanh"), List.of(TensorRef.of("x"))),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "narrow").with("units", 1L),
                        List.of(TensorRef.of("x"))),
                new LayerEntry(Models.type("Scale"), Models.layer("Scale", "scaled"), List.of(TensorRef.of("wide"))),
                new LayerEntry(Models.type("Add"), Models.layer("Add", "sum"),
                        List.of(TensorRef.of("wide"), TensorRef.of("narrow"), TensorRef.of("scaled"))),
                new LayerEntry(Models.type("Dense"), Models.layer("Dense", "out").with("units", 2L)
                        .with("activation", "sigmoid"), List.of(TensorRef.of("sum"))));
        return new ModelDescription("summed", false, layers, List.of(TensorRef.of("x")), List.of(TensorRef.of("out")),
                Map.of(), ModelSource.layerLab());
    }

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

}

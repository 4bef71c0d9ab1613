package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.project.GraphImport;
import org.layerlab.core.project.KerasWeights;
import org.layerlab.core.train.Batch;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.ModelWeights;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.TrainingStep;

/**
 * One functional model using every layer of issue 11, branches that merge again included, trained by
 * LayerLab (so BatchNormalization's moving statistics and PReLU's alpha have moved away from their starting
 * values), exported as Keras 2 JSON and as a TF.js folder, and loaded by TensorFlow.js 4.22 in Node.js with the
 * JavaScript classes for what TF.js lacks (Subtract, ActivityRegularization, ReLU with all its options, ELU with an alpha other than 1, Softmax along another axis than the last) taken
 * from the files the export wrote: TF.js counts LayerLab's parameters and predicts what LayerLab predicts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryNewLayerTfjsTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private static final int FEATURES = 6;

    private ModelDescription trained;
    private ModelWeights startWeights;
    private Path exports;
    private Map<String, TfjsResult> results;
    private LayerLabOutputs expected;

    /** A layer of {@code className} fed by {@code inbound}, its fields set as given (name, value pairs). */
    private static LayerEntry node(String className, String name, List<String> inbound, Object... fields) {
        Config c = Models.layer(className, name);
        for (int i = 0; i < fields.length; i += 2) {
            c = c.with((String) fields[i], fields[i + 1]);
        }
        return new LayerEntry(Models.type(className), c, inbound.stream().map(TensorRef::of).toList());
    }

    private static List<String> from(String... layers) {
        return List.of(layers);
    }

    static ModelDescription everyNewLayer() {
        List<LayerEntry> layers = List.of(
                new LayerEntry(Models.type("InputLayer"), Models.input("x", null, (long) FEATURES), List.of()),
                node("Dense", "trunk", from("x"), "units", 12L),
                node("BatchNormalization", "bn", from("trunk"), "momentum", 0.8),
                node("PReLU", "prelu", from("bn"), "alpha_initializer", Models.fn("Constant", "value", 0.2)),
                node("Reshape", "grid", from("prelu"), "target_shape", List.of(3L, 4L)),
                node("LayerNormalization", "ln", from("grid")),
                node("Flatten", "flat", from("ln")),
                node("ReLU", "relu", from("flat"), "max_value", 1.5, "negative_slope", 0.1, "threshold", 0.05),
                node("GaussianNoise", "noise", from("relu"), "stddev", 0.1),
                node("Dense", "left", from("noise"), "units", 8L, "activation", "tanh"),
                node("Dense", "right", from("prelu"), "units", 8L),
                node("ELU", "elu", from("right"), "alpha", 0.5),
                node("Subtract", "sub", from("left", "elu")),
                node("Multiply", "mul", from("left", "elu")),
                node("Average", "ave", from("left", "elu")),
                node("Maximum", "max", from("left", "elu")),
                node("Minimum", "min", from("left", "elu")),
                node("Concatenate", "cat", from("sub", "mul", "ave", "max", "min")),
                node("Dense", "mix", from("cat"), "units", 8L),
                node("LeakyReLU", "leaky", from("mix"), "alpha", 0.2),
                node("RepeatVector", "repeat", from("leaky"), "n", 3L),
                node("Permute", "swap", from("repeat"), "dims", List.of(2L, 1L)),
                node("Softmax", "softmax", from("swap"), "axis", 1L),
                node("Flatten", "flat2", from("softmax")),
                node("ThresholdedReLU", "thresh", from("flat2"), "theta", 0.02),
                node("GaussianDropout", "gdrop", from("thresh"), "rate", 0.2),
                node("ActivityRegularization", "actreg", from("gdrop"), "l1", 0.001, "l2", 0.001),
                node("Dense", "out", from("actreg"), "units", 3L, "activation", "softmax"));
        return new ModelDescription("every_new_layer", false, layers, List.of(TensorRef.of("x")),
                List.of(TensorRef.of("out")), Map.of(), ModelSource.layerLab());
    }

    /** Trains the model on a seeded three-class problem for 40 Adam steps, as a session would. */
    private ModelDescription train(ModelDescription model) throws Exception {
        GraphModel graphModel = GraphModel.of(GraphImport.toGraph(model.name(), model, REGISTRY,
                new ParameterBudget(1_000_000)));
        graphModel.initialize(21);
        startWeights = graphModel.currentWeights();
        TrainingStep step = new TrainingStep(graphModel, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), 22);
        SplittableRandom random = new SplittableRandom(23);
        int rows = 32;
        for (int s = 0; s < 40; s++) {
            double[] x = new double[rows * FEATURES];
            double[] y = new double[rows * 3];
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int f = 0; f < FEATURES; f++) {
                    x[r * FEATURES + f] = random.nextDouble(-2, 2) + f * 0.3;
                    sum += x[r * FEATURES + f];
                }
                y[r * 3 + (sum < 1 ? 0 : sum < 3 ? 1 : 2)] = 1;
            }
            step.run(new Batch(x, new long[] {rows, FEATURES}, y, new long[] {rows, 3}));
        }
        step.writeBack();
        return model.withWeights(KerasWeights.of(graphModel.currentWeights()));
    }

    @BeforeAll
    void trainExportAndRunTensorFlowJs(@TempDir Path temp) throws Exception {
        trained = train(everyNewLayer());
        double[][] rows = TfjsExports.inputRows(trained, 24);
        expected = LayerLabOutputs.of(trained, rows);
        exports = temp;
        results = NodeClient.installed().run(TfjsExports.export(temp, "every_new_layer", trained, rows), temp);
    }

    @Test
    void trainingMovedTheMovingStatisticsAndAlpha() {
        ModelWeights after = trainedWeights();
        for (String path : List.of("bn/moving_mean", "bn/moving_variance", "prelu/alpha", "ln/gamma")) {
            assertThat(after.find(path).orElseThrow().values()).as(path)
                    .isNotEqualTo(startWeights.find(path).orElseThrow().values());
        }
    }

    private ModelWeights trainedWeights() {
        try {
            GraphModel m = GraphModel.of(GraphImport.toGraph("w", trained, REGISTRY, new ParameterBudget(1_000_000)));
            KerasWeights.load(m, trained.weights(), "w");
            return m.currentWeights();
        } catch (ModelFormatException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"every_new_layer keras", "every_new_layer tfjs"})
    void tensorFlowJsCountsAndPredictsAsLayerLab(String job) {
        TfjsExports.assertMatches(job, results.get(job), expected);
        assertThat(results.get(job).weightNames()).contains("bn/moving_mean", "bn/moving_variance", "prelu/alpha");
        assertThat(results.get(job).trainableWeightNames()).contains("prelu/alpha", "bn/gamma")
                .doesNotContain("bn/moving_mean", "bn/moving_variance");
    }

    @Test
    void theExportWroteTheClassesTensorFlowJsLacksBesideTheModel() throws Exception {
        List<String> written = new ArrayList<>();
        try (var files = Files.list(exports.resolve("every_new_layer/tfjs"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).forEach(written::add);
        }
        assertThat(written).containsExactlyInAnyOrder("Subtract.js", "ActivityRegularization.js", "ReLU.js", "ELU.js", "Softmax.js", "ThresholdedReLU.js");
        assertThat(Files.readString(exports.resolve("every_new_layer/tfjs/Subtract.js")))
                .contains("class Subtract extends tf.layers.Layer", "tf.serialization.registerClass(Subtract);");
        assertThat(exports.resolve("every_new_layer/Subtract.py")).as("Keras has Subtract").doesNotExist();
        assertThat(Files.readString(exports.resolve("every_new_layer/ThresholdedReLU.py")))
                .as("Keras 3 dropped ThresholdedReLU").contains("class ThresholdedReLU(keras.layers.Layer):");
    }
}

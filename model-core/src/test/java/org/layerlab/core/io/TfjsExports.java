package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the TensorFlow.js client tests share: a model exported both ways (Keras 2 JSON with a weights file,
 * and a TF.js folder) as jobs for {@link NodeClient}, seeded input rows, and the comparison of what TF.js
 * computed with what LayerLab computes.
 */
final class TfjsExports {
    /** Predictions agree to 1e-5, relative to the value once it is above 1 (float32 sums of many terms). */
    static final double TOLERANCE = 1e-5;
    private static final int ROWS = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TfjsExports() {
    }

    /** Writes the model both ways with its inputs into {@code temp/id} and returns the two jobs. */
    static List<TfjsJob> export(Path temp, String id, ModelDescription model, double[][] rows) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(id));
        Path inputs = folder.resolve("inputs.json");
        MAPPER.writeValue(inputs.toFile(), rows);
        Path kerasJson = folder.resolve("keras2.json");
        new Keras2JsonWriter().write(model, kerasJson);
        Map<String, Object> weights = new LinkedHashMap<>();
        model.weights().forEach((layer, arrays) -> arrays.forEach(w -> weights.put(layer + "/" + w.name(),
                Map.of("shape", w.shape(), "values", w.values()))));
        Path weightsJson = folder.resolve("weights.json");
        MAPPER.writeValue(weightsJson.toFile(), weights);
        Path tfjsFolder = folder.resolve("tfjs");
        new TfjsLayersWriter().write(model, tfjsFolder);
        return List.of(TfjsJob.keras(id + " keras", kerasJson, weightsJson, inputs),
                TfjsJob.tfjs(id + " tfjs", tfjsFolder, inputs));
    }

    /**
     * Divides every kernel by the square root of its fan-in, so that activations stay near 1 through wide
     * layers instead of saturating sigmoid and softmax, which would make the comparison weak.
     */
    static ModelDescription scaledToFanIn(ModelDescription model) {
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

    /** Seeded inputs in [-2, 2), exactly representable in float32 so both sides read the same numbers. */
    static double[][] inputRows(ModelDescription model, long seed) {
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

    /** TF.js loaded the model, counts and names its weights as LayerLab does, and predicts what LayerLab does. */
    static void assertMatches(String job, TfjsResult tfjs, LayerLabOutputs layerLab) {
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
}

package org.layerlab.core.io;

import java.util.List;

/**
 * What TensorFlow.js reported for one {@link TfjsJob}: either {@code error}, or the loaded model's
 * {@code countParams()}, {@code outputShape} per output ({@code null} for unknown sizes), the names of
 * all weights and of the trainable ones, and {@code predict} results per output.
 */
record TfjsResult(String id, String error, long countParams, List<List<Long>> outputShapes,
        List<String> weightNames, List<String> trainableWeightNames, List<double[][]> predictions) {
}

package org.layerlab.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;

/**
 * One model for {@code load-model.mjs} to load and run in TensorFlow.js.
 *
 * @param id names the model in results and messages
 * @param mode {@code keras} (Keras 2 JSON through {@code tf.models.modelFromJSON} + {@code setWeights}) or
 *     {@code tfjs} (a TF.js folder through {@code tf.loadLayersModel})
 * @param model the model JSON, or the folder's {@code model.json}
 * @param weights for {@code keras}: a JSON object of TF.js weight names to {@code {shape, values}}; else null
 * @param inputs a JSON list of input rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TfjsJob(String id, String mode, String model, String weights, String inputs) {

    static TfjsJob keras(String id, Path model, Path weights, Path inputs) {
        return new TfjsJob(id, "keras", model.toString(), weights.toString(), inputs.toString());
    }

    static TfjsJob tfjs(String id, Path folder, Path inputs) {
        return new TfjsJob(id, "tfjs", folder.resolve(TfjsLayersWriter.MODEL_FILE).toString(), null, inputs.toString());
    }
}

package org.layerlab.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One model for {@code load-model.mjs} to load and run in TensorFlow.js.
 *
 * @param id names the model in results and messages
 * @param mode {@code keras} (Keras 2 JSON through {@code tf.models.modelFromJSON} + {@code setWeights}) or
 *     {@code tfjs} (a TF.js folder through {@code tf.loadLayersModel})
 * @param model the model JSON, or the folder's {@code model.json}
 * @param weights for {@code keras}: a JSON object of TF.js weight names to {@code {shape, values}}; else null
 * @param inputs a JSON list of input rows
 * @param classes the JavaScript class files the export wrote beside the model, loaded before it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TfjsJob(String id, String mode, String model, String weights, String inputs, List<String> classes) {

    static TfjsJob keras(String id, Path model, Path weights, Path inputs) throws IOException {
        return new TfjsJob(id, "keras", model.toString(), weights.toString(), inputs.toString(),
                classFiles(model.toAbsolutePath().getParent()));
    }

    static TfjsJob tfjs(String id, Path folder, Path inputs) throws IOException {
        return new TfjsJob(id, "tfjs", folder.resolve(TfjsLayersWriter.MODEL_FILE).toString(), null, inputs.toString(),
                classFiles(folder));
    }

    /** The {@code .js} files in the folder: what the export wrote there for layer classes TF.js lacks. */
    private static List<String> classFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".js")).map(p -> p.toAbsolutePath().toString())
                    .sorted().toList();
        }
    }
}

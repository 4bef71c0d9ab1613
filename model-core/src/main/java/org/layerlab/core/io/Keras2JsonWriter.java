package org.layerlab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes tf.keras 2.x {@code model.to_json()} JSON (legacy layout, {@code keras_version} 2.15.0), which
 * {@code tf.keras.models.model_from_json} and TensorFlow.js's {@code tf.models.modelFromJSON} load; Scale
 * and other custom classes by class name, with their Python and JavaScript classes written beside the
 * file. Weights are not part of this format.
 */
public final class Keras2JsonWriter implements ModelWriter {
    private final JsonOutput json = new JsonOutput();

    @Override
    public void write(ModelDescription model, Path target) throws IOException {
        Files.writeString(target, toJson(model, String.valueOf(target.getFileName())), StandardCharsets.UTF_8);
        ClassSources.writePython(model, target);
        ClassSources.writeJavaScript(String.valueOf(target.getFileName()), model,
                target.toAbsolutePath().getParent(), false);
    }

    /** The JSON text; {@code file} only labels errors. */
    public String toJson(ModelDescription model, String file) throws ModelFormatException {
        Map<String, Object> top = Keras2Topology.of(file, model);
        top.put("keras_version", KerasLayerForms.KERAS2_VERSION);
        top.put("backend", KerasLayerForms.BACKEND);
        return json.write(top);
    }
}

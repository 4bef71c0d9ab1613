package org.layerlab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Target;

/**
 * What a client needs to turn an exported model's outputs into answers: the target's name and kind, and a
 * classifier's class names in output order. TensorFlow.js keeps it as the model's {@code userDefinedMetadata}
 * ({@code model.getUserDefinedMetadata()} after {@code tf.loadLayersModel}).
 */
final class ClassNamesMetadata {
    static final String TFJS_FIELD = "userDefinedMetadata";

    private ClassNamesMetadata() {
    }

    static Map<String, Object> of(Target target) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("target", target.name());
        metadata.put("target_kind", target.kind().id());
        if (target.isClassification()) {
            metadata.put("class_names", target.classNames());
        }
        return metadata;
    }

    /** Adds the metadata to a TF.js {@code model.json} written before. */
    static void addToTfjs(Path modelJson, Preprocessing preprocessing) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(modelJson.toFile());
        model.set(TFJS_FIELD, mapper.valueToTree(of(preprocessing.target())));
        mapper.writeValue(modelJson.toFile(), model);
    }
}

package org.layerlab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.data.Preprocessing;

/**
 * The JSON file written beside an export: a project's preprocessing in the project file's form (its
 * {@code target} holds the class names in output order), or, for an export that takes raw values, the
 * model's input features and its target alone.
 */
final class PreprocessingJson {
    private PreprocessingJson() {
    }

    static String of(Preprocessing preprocessing) {
        return json(preprocessing.toConfig().toMap());
    }

    static String targetOnly(Preprocessing preprocessing) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("inputs", preprocessing.featureNames());
        doc.put("standardization", "in the model");
        doc.put("target", preprocessing.toConfig().toMap().get("target"));
        return json(doc);
    }

    private static String json(Object doc) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the preprocessing could not be written as JSON", e);
        }
    }
}

package org.layerlab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.layerlab.core.data.Preprocessing;

/** A project's preprocessing as the JSON file written beside an export: the project file's form of it. */
final class PreprocessingJson {
    private PreprocessingJson() {
    }

    static String of(Preprocessing preprocessing) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(preprocessing.toConfig().toMap()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the preprocessing could not be written as JSON", e);
        }
    }
}

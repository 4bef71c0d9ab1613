package org.layerlab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.layerlab.core.config.Config;

/** Writes JSON-like trees (maps, lists, {@link Config}s) as indented JSON. */
final class JsonOutput {
    private final ObjectMapper mapper;

    JsonOutput() {
        SimpleModule configs = new SimpleModule().addSerializer(Config.class, new StdSerializer<>(Config.class) {
            @Override
            public void serialize(Config value, com.fasterxml.jackson.core.JsonGenerator gen,
                    com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(value.toMap(), gen);
            }
        });
        this.mapper = JsonMapper.builder().addModule(configs).enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    String write(Object tree) {
        try {
            return mapper.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model tree could not be written as JSON", e);
        }
    }
}

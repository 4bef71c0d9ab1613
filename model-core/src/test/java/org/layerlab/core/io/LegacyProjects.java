package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Project files as tests need them: a format 3 archive around an edited document, or the same project in format 2. */
final class LegacyProjects {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LegacyProjects() {
    }

    /** A format 3 archive of {@code projectJson} with the project's weights. */
    static byte[] archive(String projectJson, Project project) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ProjectArchive.write(projectJson.getBytes(StandardCharsets.UTF_8), project.model().weights(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A format 3 {@code project.json} as format 2 wrote it: one document, each weight's bytes as base64 {@code data}. */
    static String formatTwo(String projectJson, Project project) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(projectJson);
            root.put("format_version", 2);
            Map<String, List<WeightArray>> weights = project.model().weights();
            for (Iterator<Map.Entry<String, JsonNode>> layers = root.get("weights").fields(); layers.hasNext(); ) {
                Map.Entry<String, JsonNode> layer = layers.next();
                int i = 0;
                for (JsonNode entry : layer.getValue()) {
                    WeightArray w = weights.get(layer.getKey()).get(i++);
                    ByteBuffer bytes = ByteBuffer.allocate(w.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    bytes.asFloatBuffer().put(w.values());
                    ((ObjectNode) entry).remove("offset");
                    ((ObjectNode) entry).put("data", Base64.getEncoder().encodeToString(bytes.array()));
                }
            }
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

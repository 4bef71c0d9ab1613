package org.layerlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.core.io.InvalidFieldException;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.layer.LayerRegistry;

/**
 * A Keras Sequential model whose first layer gives no input shape, as Keras allows until {@code fit}
 * builds it: training takes the feature count from the data, as {@code fit} does, and the trained project
 * records it as the first layer's {@code batch_input_shape}.
 */
final class ShapelessModel {
    private static final String FIELD = "batch_input_shape";
    private static final String NO_SHAPE = "gives no input shape";

    private final Path file;
    private final String label;
    private final JsonNode json;

    private ShapelessModel(Path file, String label, JsonNode json) {
        this.file = file;
        this.label = label;
        this.json = json;
    }

    /** Whether {@code failure} is the reader's refusal of a first layer without an input shape. */
    static boolean lacks(ModelFormatException failure) {
        return failure instanceof InvalidFieldException && FIELD.equals(failure.field())
                && failure.detail().contains(NO_SHAPE);
    }

    /** The model file as JSON, read once; only a regular file, since a pipe has been read already. */
    static ShapelessModel read(Path file, ModelFormatException refusal) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > new ModelReader(LayerRegistry.withInstalledLayers()).limits()
                .maxDocumentBytes()) {
            throw refusal;
        }
        return new ShapelessModel(file, String.valueOf(file.getFileName()), new ObjectMapper().readTree(file.toFile()));
    }

    /** The model with {@code [null, width]} as its first layer's input shape, shape inference run. */
    OpenedModel withInputWidth(long width, LayerRegistry registry) throws IOException {
        JsonNode copy = json.deepCopy();
        ObjectNode first = firstLayerConfig(copy);
        first.putArray(FIELD).addNull().add(width);
        byte[] bytes = new ObjectMapper().writeValueAsBytes(copy);
        Project project = Project.of(new ModelReader(registry).read(label, bytes, file.toAbsolutePath().getParent()));
        return OpenedModel.of(file, label, project, registry);
    }

    /** Keras 1 to 3 and TF.js: the layers list under config, or the config that is a list. */
    private ObjectNode firstLayerConfig(JsonNode root) throws InvalidFieldException {
        JsonNode model = root.has("modelTopology") ? root.get("modelTopology") : root;
        model = model.has("model_config") ? model.get("model_config") : model;
        JsonNode config = model.get("config");
        JsonNode layers = config != null && config.isArray() ? config : config == null ? null : config.get("layers");
        if (layers instanceof ArrayNode list && !list.isEmpty() && list.get(0).get("config") instanceof ObjectNode c) {
            return c;
        }
        throw new InvalidFieldException(label, null, FIELD, "the model's first layer gives no input shape");
    }
}

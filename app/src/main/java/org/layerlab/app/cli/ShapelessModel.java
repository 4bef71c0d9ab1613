package org.layerlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.layerlab.core.io.InvalidFieldException;
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
    private static final String BATCH_SHAPE = "batch_shape";

    private final Path file;
    private final String label;
    private final JsonNode json;

    private ShapelessModel(Path file, String label, JsonNode json) {
        this.file = file;
        this.label = label;
        this.json = json;
    }

    /**
     * The model as a shapeless one when it opened with an input layer whose shape is unset (the reader
     * opens such a file so that the editor can set the shape); empty for every other model. Only a regular
     * file is read again, since a pipe has been read already.
     */
    static Optional<ShapelessModel> of(OpenedModel opened) throws IOException {
        Path file = opened.file();
        boolean unset = opened.graph().nodes().stream().anyMatch(node -> node.config().get(BATCH_SHAPE) == null
                && opened.registry().require(node.className()).inputCount().max() == 0);
        if (!unset || !Files.isRegularFile(file)
                || Files.size(file) > new ModelReader(opened.registry()).limits().maxDocumentBytes()) {
            return Optional.empty();
        }
        return Optional.of(new ShapelessModel(file, opened.label(), new ObjectMapper().readTree(file.toFile())));
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

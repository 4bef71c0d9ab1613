package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.train.TrainingSettings;

/**
 * Opens {@code .llab} projects, older formats migrated and newer ones refused, and any model file the
 * {@link ModelReader} reads, as a new project around that model. Parsing keeps the reader's limits.
 */
public final class ProjectReader {
    private final ModelReader models;

    public ProjectReader(ModelReader models) {
        this.models = models;
    }

    /**
     * Opens {@code file}: a {@code .llab} project, or a Keras or TF.js model file.
     *
     * @throws ModelFormatException naming the file, layer and field when the content is refused
     * @throws IOException when the file cannot be read
     */
    public Project open(Path file) throws IOException {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!label.toLowerCase(Locale.ROOT).endsWith(ProjectFormat.EXTENSION)) {
            try {
                return Project.of(models.read(file));
            } catch (UnsupportedFormatException e) {
                // A project saved under another name: told apart by content only when no model format fits.
                if (!isProject(label, file)) {
                    throw e;
                }
            }
        }
        long size = Files.size(file);
        if (size > models.limits().maxDocumentBytes()) {
            throw models.json().tooLarge(label, size);
        }
        return read(label, Files.readAllBytes(file));
    }

    private boolean isProject(String label, Path file) throws IOException {
        if (Files.size(file) > models.limits().maxDocumentBytes()) {
            return false;
        }
        try {
            JsonNode root = models.json().parse(label, Files.readAllBytes(file));
            return root.isObject() && ProjectFormat.NAME.equals(root.path("format").asText(null));
        } catch (ModelFormatException e) {
            return false;
        }
    }

    /** Reads a project from its bytes. */
    public Project read(String label, byte[] content) throws ModelFormatException {
        Where where = Where.file(label);
        JsonNode root = models.json().parse(label, content);
        if (!root.isObject() || !ProjectFormat.NAME.equals(root.path("format").asText(null))) {
            throw new UnsupportedFormatException(label, "not a LayerLab project: expected an object with \"format\": \""
                    + ProjectFormat.NAME + "\"");
        }
        int version = JsonValues.requireIndex(where, root.get("format_version"), "format_version");
        if (version > ProjectFormat.CURRENT_VERSION) {
            throw new UnsupportedFormatException(label, "made by a newer LayerLab (format " + version
                    + "); this LayerLab reads formats 1 to " + ProjectFormat.CURRENT_VERSION + ", update it to open the file");
        }
        if (version < 1) {
            throw where.invalid("format_version", "must be at least 1, got " + version);
        }
        ObjectNode project = ProjectFormat.migrate(where, (ObjectNode) root, version);
        ModelDescription model = models.readTree(label, JsonValues.requireObject(where, project, "model"));
        model = model.withWeights(ProjectWeights.read(where, project.get("weights"), model))
                .withSource(new ModelSource(SourceFormat.LAYERLAB, Integer.toString(version), List.of()));
        return new Project(model, positions(where, project.get("positions"), model), training(where, project),
                preprocessing(where, project));
    }

    private static Map<String, CanvasPosition> positions(Where where, JsonNode node, ModelDescription model)
            throws ModelFormatException {
        Map<String, CanvasPosition> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw where.invalid("positions", "must be an object, got " + JsonValues.kind(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Where layer = where.layer(e.getKey());
            if (model.layer(e.getKey()).isEmpty()) {
                throw layer.invalid("positions", "names a layer the model does not have");
            }
            JsonNode x = e.getValue().get("x");
            JsonNode y = e.getValue().get("y");
            if (x == null || y == null || !x.isNumber() || !y.isNumber()
                    || !Double.isFinite(x.doubleValue()) || !Double.isFinite(y.doubleValue())) {
                throw layer.invalid("positions", "must be {\"x\": number, \"y\": number}, got "
                        + JsonValues.kind(e.getValue()));
            }
            out.put(e.getKey(), new CanvasPosition(x.doubleValue(), y.doubleValue()));
        }
        return out;
    }

    private static TrainingSettings training(Where where, JsonNode project) throws ModelFormatException {
        JsonNode node = project.get("training");
        if (node == null || node.isNull()) {
            return TrainingSettings.defaults();
        }
        if (!node.isObject()) {
            throw where.invalid("training", "must be an object, got " + JsonValues.kind(node));
        }
        try {
            return TrainingSettings.fromConfig(JsonValues.toConfig(node));
        } catch (ConfigException e) {
            throw where.invalid(e.field() == null ? "training" : "training." + e.field(), e.detail());
        }
    }

    private static Optional<Preprocessing> preprocessing(Where where, JsonNode project) throws ModelFormatException {
        JsonNode node = project.get("preprocessing");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw where.invalid("preprocessing", "must be an object, got " + JsonValues.kind(node));
        }
        try {
            return Optional.of(Preprocessing.fromConfig(JsonValues.toConfig(node)));
        } catch (ConfigException e) {
            throw where.invalid(e.field() == null ? "preprocessing" : "preprocessing." + e.field(), e.detail());
        } catch (DataException | IllegalArgumentException e) {
            throw where.invalid("preprocessing", e.getMessage());
        }
    }
}

package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * {@link ModelReader} reads, as a new project around that model. Parsing keeps the reader's limits; a
 * format 1 or 2 project's weights, base64 inside its JSON, may be as large as the parameter budget allows.
 */
public final class ProjectReader {
    private final ModelReader models;
    private final ReadLimits jsonLimits;
    private final BoundedJson jsonProjects;

    public ProjectReader(ModelReader models) {
        this.models = models;
        this.jsonLimits = ProjectFormat.jsonProjectLimits(models.limits());
        this.jsonProjects = new BoundedJson(jsonLimits);
    }

    /**
     * Opens {@code file}: a {@code .llab} project, or a Keras or TF.js model file. The file is read once, so
     * a pipe ({@code /dev/stdin}, a process substitution) works as well as a regular file.
     *
     * @throws ModelFormatException naming the file, layer and field when the content is refused
     * @throws IOException when the file cannot be read
     */
    public Project open(Path file) throws IOException {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean namedProject = label.toLowerCase(Locale.ROOT).endsWith(ProjectFormat.EXTENSION);
        if (!Files.isRegularFile(file)) {
            return fromStream(label, file, namedProject);
        }
        if (ProjectArchive.isArchive(file)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                Optional<Project> project = ProjectArchive.read(label, in, this);
                if (project.isPresent()) {
                    return project.get();
                }
            }
            if (namedProject) {
                throw new UnsupportedFormatException(label, "not a LayerLab project: a zip archive without "
                        + ProjectFormat.PROJECT_ENTRY);
            }
            return Project.of(models.read(file));
        }
        long size = Files.size(file);
        if (size > jsonLimits.maxDocumentBytes()) {
            throw jsonProjects.tooLarge(label, size);
        }
        return fromJson(label, Files.readAllBytes(file), namedProject, file.toAbsolutePath().getParent());
    }

    private Project fromStream(String label, Path file, boolean namedProject) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (StreamInput.startsZip(in)) {
                Optional<Project> project = ProjectArchive.read(label, in, this);
                return project.orElseThrow(() -> new UnsupportedFormatException(label,
                        "a .keras archive can only be read from a regular file; save it to a file first"));
            }
            byte[] json = StreamInput.readJson(label, in, jsonLimits.maxDocumentBytes(), jsonProjects);
            return fromJson(label, json, namedProject, null);
        }
    }

    /**
     * A JSON document: a project when named {@code .llab} or when it says so at its start, otherwise a
     * model, whose TF.js weight files are looked for in {@code folder} when there is one.
     */
    private Project fromJson(String label, byte[] json, boolean namedProject, Path folder) throws IOException {
        if (namedProject || StreamInput.mentionsEarly(json, ProjectFormat.NAME)) {
            try {
                return read(label, json);
            } catch (UnsupportedFormatException notAProject) {
                if (namedProject) {
                    throw notAProject;
                }
            }
        }
        return Project.of(models.read(label, json, folder));
    }

    /** Reads a project of format 1 or 2 from its JSON bytes, or of format 3 from its zip bytes. */
    public Project read(String label, byte[] content) throws ModelFormatException {
        if (KerasArchive.looksLikeZip(content)) {
            try {
                return ProjectArchive.read(label, new ByteArrayInputStream(content), this)
                        .orElseThrow(() -> new UnsupportedFormatException(label, "not a LayerLab project: a zip archive without "
                                + ProjectFormat.PROJECT_ENTRY));
            } catch (ModelFormatException e) {
                throw e;
            } catch (IOException e) {
                throw new InvalidArchiveException(label, "cannot read the project: " + e.getMessage(), e);
            }
        }
        Where where = Where.file(label);
        JsonNode root = jsonProjects.parse(label, content);
        int version = version(label, root);
        if (version > ProjectFormat.LAST_JSON_VERSION) {
            throw new UnsupportedFormatException(label, "a format " + version + " project is a zip archive, not one JSON document");
        }
        ObjectNode project = ProjectFormat.migrate(where, (ObjectNode) root, version);
        ModelDescription model = models.readTree(label, JsonValues.requireObject(where, project, "model"));
        return project(where, project, model, ProjectWeights.readBase64(where, project.get("weights"), model), version);
    }

    /** The format version of a parsed project document, refused when it is not one this LayerLab reads. */
    int version(String label, JsonNode root) throws ModelFormatException {
        if (!root.isObject() || !ProjectFormat.NAME.equals(root.path("format").asText(null))) {
            throw new UnsupportedFormatException(label, "not a LayerLab project: expected an object with \"format\": \""
                    + ProjectFormat.NAME + "\"");
        }
        Where where = Where.file(label);
        int version = JsonValues.requireIndex(where, root.get("format_version"), "format_version");
        if (version > ProjectFormat.CURRENT_VERSION) {
            throw new UnsupportedFormatException(label, "made by a newer LayerLab (format " + version
                    + "); this LayerLab reads formats 1 to " + ProjectFormat.CURRENT_VERSION + ", update it to open the file");
        }
        if (version < 1) {
            throw where.invalid("format_version", "must be at least 1, got " + version);
        }
        return version;
    }

    ModelReader models() {
        return models;
    }

    Project project(Where where, ObjectNode project, ModelDescription model, Map<String, List<WeightArray>> weights,
            int version) throws ModelFormatException {
        ModelDescription withWeights = model.withWeights(weights)
                .withSource(new ModelSource(SourceFormat.LAYERLAB, Integer.toString(version), List.of()));
        TrainingSettings training = training(where, project);
        JsonNode trained = project.get(ProjectFormat.EPOCHS_TRAINED);
        int epochsTrained = trained == null || trained.isNull() ? (withWeights.hasWeights() ? training.epochs() : 0)
                : JsonValues.requireIndex(where, trained, ProjectFormat.EPOCHS_TRAINED);
        return new Project(withWeights, positions(where, project.get("positions"), withWeights), training,
                preprocessing(where, project), epochsTrained);
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

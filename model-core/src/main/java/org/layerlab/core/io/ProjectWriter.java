package org.layerlab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Writes {@code .llab} projects in the current format (see {@link ProjectFormat}): the model in its Keras 3
 * config form (stable Keras class names, never Java ones), canvas positions, training settings,
 * preprocessing and weights. A project that could not be read back (weights past the parameter budget or
 * not finite, a document past the read limits) is refused before anything is written. The file is written
 * beside the target and then moved over it, so a failed save never destroys the previous one.
 */
public final class ProjectWriter {
    private final Keras3JsonWriter models;
    private final ProjectReader reader;
    private final ObjectMapper mapper = new ObjectMapper();

    public ProjectWriter(LayerRegistry registry) {
        this.models = new Keras3JsonWriter(registry);
        this.reader = new ProjectReader(new ModelReader(registry));
    }

    /**
     * Saves {@code project} to {@code target}.
     *
     * @throws ModelFormatException when the model cannot be written in the project format, or the project
     *     could not be read back
     * @throws ProjectSaveException naming {@code target} when the file system refuses the save
     */
    public void write(Project project, Path target) throws IOException {
        String label = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        byte[] json = toJson(project, label).getBytes(StandardCharsets.UTF_8);
        requireReadable(label, json, project);
        if (Files.isDirectory(target)) {
            throw new ProjectSaveException(target, "it is a folder");
        }
        Path temp = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + label, ".saving");
            // Forced to disk before the move, so a crash never leaves an empty project in place of the old one.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                ProjectArchive.write(json, project.model().weights(), out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProjectSaveException(target, ProjectSaveException.reason(e));
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A temporary file is private to its owner; the saved project gets the permissions of the file it
     * replaces, or the usual {@code rw-r--r--} for a new one.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** The bytes of the project file, as {@link #write} saves them. */
    public byte[] toBytes(Project project, String label) throws IOException {
        byte[] json = toJson(project, label).getBytes(StandardCharsets.UTF_8);
        requireReadable(label, json, project);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectArchive.write(json, project.model().weights(), out);
        return out.toByteArray();
    }

    /**
     * Reads the document back as {@link ProjectReader} will, with the weights as they are in memory, so
     * that no limit or check of the reader can refuse the file once it is written.
     */
    private void requireReadable(String label, byte[] json, Project project) throws ModelFormatException {
        FiniteWeights.require(label, project.model().weights());
        Where where = Where.file(label);
        JsonNode root = reader.models().json().parse(label, json);
        int version = reader.version(label, root);
        ObjectNode document = (ObjectNode) root;
        ModelDescription model = reader.models().readTree(label, JsonValues.requireObject(where, document, "model"));
        ProjectWeights.entries(where, document.get("weights"), model, ProjectFormat.maxWeightValues(reader.models().limits()));
        reader.project(where, document, model, project.model().weights(), version);
    }

    /** The text of the project file's {@code project.json}: everything but the weights' values. */
    public String toJson(Project project, String label) throws ModelFormatException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", ProjectFormat.NAME);
        root.put("format_version", ProjectFormat.CURRENT_VERSION);
        root.put("model", modelTree(project.model(), label));
        Map<String, Object> positions = new LinkedHashMap<>();
        project.positions().forEach((layer, p) -> {
            Map<String, Object> xy = new LinkedHashMap<>();
            xy.put("x", p.x());
            xy.put("y", p.y());
            positions.put(layer, xy);
        });
        root.put("positions", positions);
        root.put("training", project.training().toConfig());
        project.preprocessing().ifPresent(p -> root.put("preprocessing", p.toConfig()));
        if (project.isTrained()) {
            root.put(ProjectFormat.EPOCHS_TRAINED, project.epochsTrained());
        }
        root.put("weights", ProjectWeights.describe(project.model().weights()));
        return new JsonOutput().write(root);
    }

    private Object modelTree(ModelDescription model, String label) throws ModelFormatException {
        String json = models.toDraftJson(model.withWeights(Map.of()), label);
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Keras 3 writer produced JSON that does not parse", e);
        }
    }
}

package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A format 3 project: a zip archive whose first entry is {@code project.json} and whose second is
 * {@code weights.bin}. Read as a stream, entry by entry, so that it works from a pipe and holds no more
 * than the weights' own floats; {@code project.json} is held to the document limit and {@code weights.bin}
 * to exactly the values it lists.
 */
final class ProjectArchive {
    private ProjectArchive() {
    }

    static boolean isArchive(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return KerasArchive.looksLikeZip(in.readNBytes(4));
        }
    }

    /** Writes the archive; {@code projectJson} is the document {@link ProjectWriter} made. */
    static void write(byte[] projectJson, Map<String, List<WeightArray>> weights, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ProjectFormat.PROJECT_ENTRY));
        zip.write(projectJson);
        zip.closeEntry();
        // Trained floats hardly compress: stored as they are, a large model saves and opens several times faster.
        CRC32 crc = new CRC32();
        ProjectWeights.writeBinary(weights, new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
        long bytes = weights.values().stream().flatMap(List::stream).mapToLong(w -> (long) w.size() * Float.BYTES).sum();
        ZipEntry entry = new ZipEntry(ProjectFormat.WEIGHTS_ENTRY);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes);
        entry.setCompressedSize(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        ProjectWeights.writeBinary(weights, zip);
        zip.closeEntry();
        zip.finish();
    }

    /**
     * The project in the archive, or empty when the archive's first entry is not {@code project.json} (a
     * {@code .keras} model, for example).
     */
    static Optional<Project> read(String label, InputStream in, ProjectReader reader) throws IOException {
        Where where = Where.file(label);
        ReadLimits limits = reader.models().limits();
        try {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(ProjectFormat.PROJECT_ENTRY)) {
                return Optional.empty();
            }
            byte[] json = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentBytes() + 1));
            JsonNode root = reader.models().json().parse(label, json);
            int version = reader.version(label, root);
            if (version <= ProjectFormat.LAST_JSON_VERSION) {
                throw new UnsupportedFormatException(label, "a format " + version + " project is one JSON document, not a zip archive");
            }
            ObjectNode project = (ObjectNode) root;
            ModelDescription model = reader.models().readTree(label, JsonValues.requireObject(where, project, "model"));
            List<ProjectWeights.Entry> entries = ProjectWeights.entries(where, project.get("weights"), model,
                    ProjectFormat.maxWeightValues(limits));
            ZipEntry second = zip.getNextEntry();
            if (second == null || !second.getName().equals(ProjectFormat.WEIGHTS_ENTRY)) {
                throw new InvalidArchiveException(label, "the project has no " + ProjectFormat.WEIGHTS_ENTRY
                        + " after " + ProjectFormat.PROJECT_ENTRY, null);
            }
            Map<String, List<WeightArray>> weights = ProjectWeights.readBinary(where, entries, zip);
            return Optional.of(reader.project(where, project, model, weights, version));
        } catch (ZipException e) {
            throw new InvalidArchiveException(label, "not a readable project (zip) archive: " + e.getMessage(), e);
        }
    }
}

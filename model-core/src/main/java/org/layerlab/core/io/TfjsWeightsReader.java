package org.layerlab.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TensorFlow.js weight shards: the manifest's files, only from the model's own folder, taken as
 * one little-endian float32 stream sliced in manifest order, and matched to the model's layers by name
 * ({@code dense/kernel}, also {@code dense/kernel:0} and the index form {@code dense/0}), as TF.js does
 * in strict mode: every weight needs data and every datum a weight.
 */
final class TfjsWeightsReader {
    private static final int CHUNK = 1 << 16;

    private TfjsWeightsReader() {
    }

    /**
     * The weights by layer, or {@code null} when none of the shard files exist (the model is then read
     * without weights, with a note).
     */
    static Map<String, List<WeightArray>> read(Where where, Path folder, WeightsManifest manifest,
            ModelDescription model, List<String> notes) throws ModelFormatException {
        List<Path> shards = shardFiles(where, folder, manifest, notes);
        if (shards == null) {
            return null;
        }
        List<Target> targets = match(where, manifest, model);
        long expected = manifest.totalValues() * Float.BYTES;
        long actual = 0;
        try {
            for (Path p : shards) {
                actual += Files.size(p);
            }
        } catch (IOException e) {
            throw new WeightDataException(where.file(), null, "cannot read the weight files: " + e.getMessage());
        }
        if (actual != expected) {
            throw new WeightDataException(where.file(), null, "the weight files hold " + MessageText.count(actual)
                    + " bytes but the manifest declares " + MessageText.count(expected));
        }
        Map<String, WeightArray[]> byLayer = new LinkedHashMap<>();
        try (InputStream in = concatenated(shards)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            buffer.flip();
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                float[] values = new float[(int) manifest.entries().get(i).size()];
                for (int k = 0; k < values.length; k++) {
                    if (buffer.remaining() < Float.BYTES) {
                        refill(in, buffer);
                    }
                    values[k] = buffer.getFloat();
                }
                byLayer.computeIfAbsent(t.layer, l -> new WeightArray[t.slots])[t.slot] =
                        new WeightArray(t.weight, manifest.entries().get(i).shape(), values);
            }
        } catch (IOException e) {
            throw new WeightDataException(where.file(), null, "cannot read the weight files: " + e.getMessage());
        }
        Map<String, List<WeightArray>> ordered = new LinkedHashMap<>();
        for (LayerEntry layer : model.layers()) {
            WeightArray[] arrays = byLayer.get(layer.name());
            if (arrays != null) {
                ordered.put(layer.name(), Collections.unmodifiableList(Arrays.asList(arrays)));
            }
        }
        return ordered;
    }

    private static List<Path> shardFiles(Where where, Path folder, WeightsManifest manifest, List<String> notes)
            throws ModelFormatException {
        Path dir = folder.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : manifest.paths()) {
            Path p = dir.resolve(name).normalize();
            if (!dir.equals(p.getParent())) {
                throw where.unsafe("weightsManifest", "the shard path " + MessageText.quote(name)
                        + " leaves the model's folder");
            }
            if (Files.isSymbolicLink(p)) {
                throw where.unsafe("weightsManifest", "the shard " + MessageText.quote(name)
                        + " is a symbolic link; weights are only read from plain files next to model.json");
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(name);
            }
            files.add(p);
        }
        if (missing.size() == files.size()) {
            notes.add("weights not loaded: " + String.join(", ", missing) + " not found next to " + where.file());
            return null;
        }
        if (!missing.isEmpty()) {
            throw new WeightDataException(where.file(), null, "weight files missing: " + String.join(", ", missing));
        }
        return files;
    }

    /** Where one manifest entry goes: layer, weight name and position in the layer's weight list. */
    private record Target(String layer, String weight, int slot, int slots) {
    }

    private static List<Target> match(Where where, WeightsManifest manifest, ModelDescription model)
            throws ModelFormatException {
        DeclaredShapes shapes = DeclaredShapes.of(model.layers());
        Map<String, boolean[]> filled = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        for (WeightsManifest.Entry e : manifest.entries()) {
            String full = e.name().endsWith(":0") ? e.name().substring(0, e.name().length() - 2) : e.name();
            int slash = full.lastIndexOf('/');
            String layerPath = slash < 0 ? "" : full.substring(0, slash);
            String layer = layerPath.substring(layerPath.lastIndexOf('/') + 1);
            String weight = full.substring(slash + 1);
            List<DeclaredShapes.WeightSpec> specs = model.layer(layer).isPresent() ? shapes.weights(layer) : null;
            int slot = specs == null ? -1 : slotOf(specs, weight);
            if (slot < 0) {
                throw new WeightDataException(where.file(), null, "weight " + MessageText.quote(e.name())
                        + " has no matching weight in the model");
            }
            DeclaredShapes.WeightSpec spec = specs.get(slot);
            if (spec.isKnown() && !Arrays.equals(spec.shape(), e.shape())) {
                throw new WeightDataException(where.file(), layer, "weight " + MessageText.quote(e.name())
                        + " has shape " + Arrays.toString(e.shape()) + ", the layer needs "
                        + Arrays.toString(spec.shape()));
            }
            boolean[] done = filled.computeIfAbsent(layer, l -> new boolean[specs.size()]);
            if (done[slot]) {
                throw new WeightDataException(where.file(), layer, "weight " + MessageText.quote(e.name())
                        + " is given twice");
            }
            done[slot] = true;
            targets.add(new Target(layer, spec.name(), slot, specs.size()));
        }
        for (LayerEntry layer : model.layers()) {
            List<DeclaredShapes.WeightSpec> specs = shapes.weights(layer.name());
            boolean[] done = filled.get(layer.name());
            for (int i = 0; specs != null && i < specs.size(); i++) {
                if (done == null || !done[i]) {
                    throw new WeightDataException(where.file(), layer.name(), "weight "
                            + MessageText.quote(layer.name() + "/" + specs.get(i).name()) + " is missing from the"
                            + " weights manifest");
                }
            }
        }
        return targets;
    }

    private static int slotOf(List<DeclaredShapes.WeightSpec> specs, String weight) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(weight) || Integer.toString(i).equals(weight)) {
                return i;
            }
        }
        return -1;
    }

    private static InputStream concatenated(List<Path> shards) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        try {
            for (Path p : shards) {
                streams.add(Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException e) {
            for (InputStream opened : streams) {
                opened.close();
            }
            throw e;
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    private static void refill(InputStream in, ByteBuffer buffer) throws IOException {
        buffer.compact();
        while (buffer.position() < Float.BYTES) {
            int n = in.read(buffer.array(), buffer.position(), buffer.remaining());
            if (n < 0) {
                throw new IOException("the weight files end early");
            }
            buffer.position(buffer.position() + n);
        }
        buffer.flip();
    }
}

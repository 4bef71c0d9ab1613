package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Reads a model file into a {@link ModelDescription}. Understands Keras 1, 2 and 3 JSON
 * ({@code model.to_json()}, a bare {@code get_config()}, a JSON string holding the JSON), the
 * {@code config.json} of a {@code .keras} archive and the archive itself, and TensorFlow.js layers
 * models with their weight shards. Every problem is a {@link ModelFormatException} naming the file,
 * layer and field; nothing in a file is ever run, loaded as a class or used as a path outside the
 * model's folder, and everything is read within {@link ReadLimits}.
 */
public final class ModelReader {
    private final ReadLimits limits;
    private final BoundedJson json;
    private final LayerClassCheck classes;
    private final LayerConfigNormalizer normalizer;
    private final ParameterBudget budget;
    private final Set<String> keras1Fields;

    public ModelReader(LayerRegistry registry) {
        this(registry, ReadLimits.defaults());
    }

    public ModelReader(LayerRegistry registry, ReadLimits limits) {
        this.limits = limits;
        this.json = new BoundedJson(limits);
        this.classes = new LayerClassCheck(registry);
        this.keras1Fields = Keras1Names.markers(registry);
        this.normalizer = new LayerConfigNormalizer(classes);
        this.budget = new ParameterBudget(limits.maxParameters());
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a model file of any supported kind, told apart by content. A TF.js {@code model.json} brings
     * its weights when its shard files lie next to it; when none of them does, the model comes without
     * weights and a note says so.
     *
     * @throws ModelFormatException when the content is refused
     * @throws IOException when the file cannot be read
     */
    public ModelDescription read(Path file) throws IOException {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            // A pipe or device is read once: its first bytes cannot be looked at and then read again.
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                if (StreamInput.startsZip(in)) {
                    throw new UnsupportedFormatException(label, "a .keras archive can only be read from a regular file;"
                            + " save it to a file first");
                }
                return read(label, StreamInput.readJson(label, in, limits.maxDocumentBytes(), json), null);
            }
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(head.length);
        }
        if (KerasArchive.looksLikeZip(head)) {
            return describe(label, KerasArchive.configJson(label, file, json), true, null, false);
        }
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
            throw json.tooLarge(label, size);
        }
        Path folder = file.toAbsolutePath().getParent();
        return describe(label, json.parse(label, Files.readAllBytes(file)), false, folder, false);
    }

    /**
     * Reads model JSON given as bytes; a TF.js model's weight files are looked for in {@code folder}, and not
     * loaded when it is {@code null}.
     */
    public ModelDescription read(String fileLabel, byte[] content, Path folder) throws ModelFormatException {
        return describe(fileLabel, json.parse(fileLabel, content), false, folder, false);
    }

    /** Reads model JSON given as bytes; TF.js weights are not loaded (there is no folder to find them in). */
    public ModelDescription readJson(String fileLabel, byte[] content) throws ModelFormatException {
        return describe(fileLabel, json.parse(fileLabel, content), false, null, false);
    }

    /**
     * Reads the {@code model} of a project file, parsed elsewhere. A project keeps a model still being
     * drawn, so a layer may wait for its inputs there.
     */
    ModelDescription readTree(String fileLabel, JsonNode root) throws ModelFormatException {
        return describe(fileLabel, root, false, null, true);
    }

    /**
     * Reads layers pasted from a clipboard: a Keras functional model JSON ({@link ModelFragment#toJson()}, or
     * one copied from elsewhere) whose layers need not start at InputLayers. The layers are checked and
     * normalised as a model file's are; wires to layers outside the fragment are dropped.
     *
     * @throws ModelFormatException when the text is not such JSON or a layer is refused
     */
    public ModelFragment readFragment(String label, String text) throws ModelFormatException {
        Where where = Where.file(label);
        JsonNode root = json.parse(label, text.getBytes(StandardCharsets.UTF_8));
        List<String> notes = new ArrayList<>();
        RawModel raw = new TopologyParser(where, notes).parse(root);
        classes.check(label, raw, List.of());
        RawModel flat = NestedModels.flatten(where, InboundNodes.connect(where, raw, notes));
        Set<String> names = new HashSet<>();
        flat.layers().forEach(l -> names.add(l.name()));
        List<LayerEntry> entries = new ArrayList<>();
        for (RawLayer layer : flat.layers()) {
            LayerEntry e = normalizer.normalize(where, layer, SourceFormat.KERAS_2, notes);
            entries.add(e.withInbound(e.inbound().stream().filter(t -> names.contains(t.layer())).toList()));
        }
        return new ModelFragment(entries, fragmentPositions(root.path("layerlab_positions"), names));
    }

    /** The positions a fragment carries for its layers; anything else there is ignored, as Keras ignores it all. */
    private static Map<String, CanvasPosition> fragmentPositions(JsonNode xy, Set<String> names) {
        Map<String, CanvasPosition> positions = new LinkedHashMap<>();
        if (!xy.isObject()) {
            return positions;
        }
        for (Map.Entry<String, JsonNode> e : xy.properties()) {
            JsonNode x = e.getValue().get("x");
            JsonNode y = e.getValue().get("y");
            if (names.contains(e.getKey()) && x != null && y != null && x.isNumber() && y.isNumber()
                    && Double.isFinite(x.doubleValue()) && Double.isFinite(y.doubleValue())) {
                positions.put(e.getKey(), new CanvasPosition(x.doubleValue(), y.doubleValue()));
            }
        }
        return positions;
    }

    BoundedJson json() {
        return json;
    }

    private ModelDescription describe(String label, JsonNode parsed, boolean archive, Path folder, boolean draft)
            throws ModelFormatException {
        Where where = Where.file(label);
        List<String> notes = new ArrayList<>();
        JsonNode root = parsed;
        if (root.isTextual()) {
            root = json.parse(label, root.textValue());
            if (root.isTextual()) {
                throw new InvalidJsonException(label, "the JSON string holds another JSON string, not a model", null);
            }
            notes.add("the file is a JSON string holding the model JSON (double-encoded)");
        }
        TopologyLocator.Located located = TopologyLocator.locate(where, root, archive, keras1Fields);
        if (archive) {
            notes.add("read config.json from the .keras archive; its weights are not loaded");
        }
        List<String> problems = new ArrayList<>();
        RawModel raw = new TopologyParser(where, problems).parse(located.topology());
        classes.check(label, raw, problems);
        notes.addAll(problems);
        RawModel flat = NestedModels.flatten(where, InboundNodes.connect(where, raw, notes));
        List<LayerEntry> entries = new ArrayList<>();
        List<ModelFormatException> failures = new ArrayList<>();
        for (RawLayer layer : flat.layers()) {
            try {
                if (layer.calls().size() > 1) {
                    throw where.layer(layer.name()).structure("the layer is called " + layer.calls().size()
                            + " times; shared layers are not supported");
                }
                entries.add(normalizer.normalize(where, layer, located.format(), notes));
            } catch (ModelFormatException e) {
                // Every layer is looked at, so the user hears of all problems at once.
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw ModelProblemsException.of(label, failures, problems);
        }
        List<LayerEntry> ordered = GraphCheck.ordered(where, entries, flat.inputs(), flat.outputs(), draft);
        ModelDescription model = new ModelDescription(flat.name(), raw.sequential(), ordered, flat.inputs(),
                flat.outputs(), Map.of(), new ModelSource(located.format(), located.version(), List.of()));
        budget.check(label, model);
        if (located.weightsManifest() != null) {
            WeightsManifest manifest = WeightsManifest.parse(where, located.weightsManifest(), limits.maxParameters());
            if (folder != null) {
                Map<String, List<WeightArray>> weights = TfjsWeightsReader.read(where, folder, manifest, model, notes);
                if (weights != null) {
                    FiniteWeights.require(label, weights);
                    model = model.withWeights(weights);
                }
            }
        }
        return model.withSource(new ModelSource(located.format(), located.version(), notes));
    }
}

package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerNames;

/**
 * Turns a Keras topology ({@code Sequential} with its config as a list or as {@code {name, layers}};
 * {@code Functional} / {@code Model} with inbound nodes) into a {@link RawModel}. Sequential models get
 * their connections made explicit and, when the first layer carries the input shape, an explicit
 * {@code InputLayer}. Models nested as layers are kept as such for {@link NestedModels}.
 */
final class TopologyParser {
    private static final Set<String> MODEL_CLASSES = Set.of("Sequential", "Functional", "Model");

    private final Where where;
    private final List<String> problems;

    /** @param problems gets the problems that do not stop the reading, to be reported with any that do */
    TopologyParser(Where where, List<String> problems) {
        this.where = where;
        this.problems = problems;
    }

    static boolean isModelClass(String className) {
        return MODEL_CLASSES.contains(className);
    }

    RawModel parse(JsonNode topology) throws ModelFormatException {
        String className = JsonValues.requireText(where, topology, "class_name");
        if (!isModelClass(className)) {
            throw new UnsupportedFormatException(where.file(), "the top-level class " + MessageText.quote(className)
                    + " is not a model (expected Sequential, Functional or Model)");
        }
        JsonNode config = topology.get("config");
        if (config == null || config.isNull()) {
            throw where.invalid("config", "is missing");
        }
        return className.equals("Sequential") ? sequential(config) : functional(config);
    }

    private RawModel sequential(JsonNode config) throws ModelFormatException {
        JsonNode entries = config.isArray() ? config : JsonValues.requireArray(where, config, "layers");
        String name = config.isObject() ? textOr(config, "name", "sequential") : "sequential";
        LayerNames names = namesIn(entries);
        List<RawLayer> layers = new ArrayList<>();
        List<JsonNode> sourceEntries = new ArrayList<>();
        for (JsonNode entry : entries) {
            RawLayer layer = entry(entry, names, false);
            if (layer.nested() != null && layers.isEmpty()) {
                layers.addAll(spliceableHead(layer));
            } else {
                layers.add(layer);
            }
            sourceEntries.add(entry);
        }
        if (layers.isEmpty()) {
            throw where.structure("the Sequential model " + MessageText.quote(name) + " has no layers");
        }
        if (!layers.get(0).isInputLayer()) {
            RawLayer first = layers.get(0);
            layers.add(0, SequentialInput.inputFor(where, first, sourceEntries.get(0),
                    config.isObject() ? config : null, names.next(first.name() + "_input"), problems));
        }
        List<RawLayer> chained = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            RawLayer layer = layers.get(i);
            if (i > 0 && layer.isInputLayer()) {
                throw where.layer(layer.name()).structure("an InputLayer can only be the first layer of a"
                        + " Sequential model");
            }
            List<List<TensorRef>> calls = i == 0 ? List.of() : List.of(List.of(TensorRef.of(layers.get(i - 1).name())));
            chained.add(layer.withCalls(calls));
        }
        return new RawModel(name, true, chained, List.of(TensorRef.of(chained.get(0).name())),
                List.of(TensorRef.of(chained.get(chained.size() - 1).name())));
    }

    /** A nested Sequential at the head of a Sequential brings its own InputLayer: its layers join the chain. */
    private List<RawLayer> spliceableHead(RawLayer nestedModel) throws ModelFormatException {
        if (!nestedModel.nested().sequential()) {
            throw where.layer(nestedModel.name()).structure("a Sequential model cannot start with a nested"
                    + " functional model");
        }
        return nestedModel.nested().layers();
    }

    private RawModel functional(JsonNode config) throws ModelFormatException {
        if (!config.isObject()) {
            throw where.invalid("config", "must be an object, got " + JsonValues.kind(config));
        }
        JsonNode entries = JsonValues.requireArray(where, config, "layers");
        LayerNames names = namesIn(entries);
        List<RawLayer> layers = new ArrayList<>();
        for (JsonNode entry : entries) {
            layers.add(entry(entry, names, true));
        }
        return new RawModel(textOr(config, "name", "model"), false, layers,
                InboundNodes.endpoints(where, config.get("input_layers"), "input_layers"),
                InboundNodes.endpoints(where, config.get("output_layers"), "output_layers"));
    }

    private RawLayer entry(JsonNode entry, LayerNames names, boolean functional) throws ModelFormatException {
        if (!entry.isObject()) {
            throw where.invalid("layers", "each layer must be an object, got " + JsonValues.kind(entry));
        }
        String className = JsonValues.requireText(where, entry, "class_name");
        JsonNode configNode = entry.get("config");
        String name = layerName(entry, configNode, functional, names, className);
        Where w = where.layer(name);
        if (configNode == null || configNode.isNull()) {
            throw w.invalid("config", "is missing");
        }
        JsonNode inbound = functional ? entry.path("inbound_nodes") : null;
        if (isModelClass(className)) {
            RawModel nested = new TopologyParser(w, problems).parse(entry);
            return new RawLayer(className, name, Config.empty(), inbound, List.of(), nested);
        }
        if (!configNode.isObject()) {
            throw w.invalid("config", "must be an object, got " + JsonValues.kind(configNode));
        }
        return new RawLayer(className, name, JsonValues.toConfig(configNode), inbound, List.of(), null);
    }

    private String layerName(JsonNode entry, JsonNode config, boolean functional, LayerNames names, String className)
            throws ModelFormatException {
        String fromEntry = JsonValues.optionalText(where, entry, "name");
        JsonNode configName = config != null && config.isObject() ? config.get("name") : null;
        if (configName != null && !configName.isNull() && !configName.isTextual()) {
            throw where.invalid("name", "must be a string, got " + JsonValues.kind(configName));
        }
        String fromConfig = configName == null || configName.isNull() ? null : configName.textValue();
        if (fromEntry != null) {
            return fromEntry;
        }
        if (fromConfig != null) {
            return fromConfig;
        }
        if (functional) {
            throw where.invalid("name", "a layer of a functional model has no name");
        }
        return names.next(namePrefix(className));
    }

    /** Keras's automatic name prefix: the class name in snake case ({@code InputLayer} gives {@code input_layer}). */
    private static String namePrefix(String className) {
        if (!className.matches("[A-Za-z][A-Za-z0-9]{0,63}")) {
            return "layer";
        }
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A name generator that knows every name the entries give, so generated names never clash. */
    private static LayerNames namesIn(JsonNode entries) {
        LayerNames names = new LayerNames();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : entries) {
            for (JsonNode n : List.of(e.path("name"), e.path("config").path("name"))) {
                if (n.isTextual() && seen.add(n.textValue())) {
                    names.reserve(n.textValue());
                }
            }
        }
        return names;
    }

    private String textOr(JsonNode config, String field, String fallback) throws ModelFormatException {
        String s = JsonValues.optionalText(where, config, field);
        return s == null ? fallback : s;
    }
}

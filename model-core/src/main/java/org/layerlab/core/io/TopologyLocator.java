package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Finds the Keras model topology inside a parsed document and tells which format it is: a Keras
 * {@code to_json()} (1.x, 2.x, 3.x), a bare {@code get_config()}, a TensorFlow.js {@code model.json}
 * (topology bare or under {@code model_config}). Refuses TensorFlow.js graph models.
 */
final class TopologyLocator {
    static final String GRAPH_MODEL = "this is a TensorFlow.js graph model (format \"graph-model\"), not a Keras"
            + " layers model; only Keras JSON and TensorFlow.js \"layers-model\" files can be imported";

    /**
     * The topology found.
     *
     * @param topology an object with {@code class_name} and {@code config}
     * @param weightsManifest the TF.js weights manifest, or {@code null}
     */
    record Located(JsonNode topology, SourceFormat format, String version, JsonNode weightsManifest) {
    }

    private TopologyLocator() {
    }

    /**
     * Finds the topology and tells its format.
     *
     * @param keras1Fields layer config fields only Keras 1 used, which mark a file without a version as Keras 1
     */
    static Located locate(Where where, JsonNode root, boolean fromArchive, Set<String> keras1Fields)
            throws ModelFormatException {
        if (root.isArray()) {
            JsonNode topology = wrap("Sequential", root);
            return new Located(topology, fromArchive ? SourceFormat.KERAS_3_ARCHIVE : generation(null, topology, keras1Fields), null,
                    null);
        }
        if (!root.isObject()) {
            throw new UnsupportedFormatException(where.file(), "the file holds " + JsonValues.kind(root)
                    + ", not a Keras model");
        }
        JsonNode format = root.get("format");
        if (format != null && !format.isNull()) {
            if (!format.isTextual()) {
                throw where.invalid("format", "must be a string, got " + JsonValues.kind(format));
            }
            if (format.textValue().equals("graph-model")) {
                throw new UnsupportedFormatException(where.file(), GRAPH_MODEL);
            }
            if (!format.textValue().equals("layers-model")) {
                throw new UnsupportedFormatException(where.file(), "unknown TensorFlow.js format "
                        + MessageText.quote(format.textValue()) + "; only \"layers-model\" can be imported");
            }
        }
        if (root.has("modelTopology")) {
            return tfjs(where, root);
        }
        if (format != null && !format.isNull()) {
            throw where.invalid("modelTopology", "is missing");
        }
        JsonNode topology;
        if (root.has("class_name")) {
            topology = root;
        } else if (root.has("layers")) {
            topology = wrap(root.has("input_layers") || root.has("output_layers") ? "Functional" : "Sequential", root);
        } else if (root.has("node")) {
            throw new UnsupportedFormatException(where.file(), "this is a TensorFlow graph (GraphDef), not a Keras"
                    + " layers model");
        } else {
            throw new UnsupportedFormatException(where.file(), "not a Keras model: it has no class_name, layers"
                    + " or modelTopology");
        }
        String version = JsonValues.optionalText(where, root, "keras_version");
        return new Located(topology, fromArchive ? SourceFormat.KERAS_3_ARCHIVE : generation(version, topology, keras1Fields),
                version, null);
    }

    private static Located tfjs(Where where, JsonNode root) throws ModelFormatException {
        JsonNode mt = JsonValues.requireObject(where, root, "modelTopology");
        if (mt.has("node") || mt.has("library")) {
            throw new UnsupportedFormatException(where.file(), GRAPH_MODEL);
        }
        JsonNode topology = mt.has("model_config") ? JsonValues.requireObject(where, mt, "model_config") : mt;
        if (!topology.has("class_name")) {
            throw where.invalid("class_name", "is missing from the TensorFlow.js modelTopology");
        }
        String version = JsonValues.optionalText(where, mt, "keras_version");
        if (version == null) {
            version = JsonValues.optionalText(where, topology, "keras_version");
        }
        JsonNode manifest = root.get("weightsManifest");
        return new Located(topology, SourceFormat.TFJS_LAYERS_MODEL, version,
                manifest == null || manifest.isNull() ? null : manifest);
    }

    private static JsonNode wrap(String className, JsonNode config) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("class_name", className);
        n.set("config", config);
        return n;
    }

    /** The Keras generation from the version field or, when there is none, from the file's shape. */
    static SourceFormat generation(String version, JsonNode topology, Set<String> keras1Fields) {
        if (version != null) {
            if (version.startsWith("1.")) {
                return SourceFormat.KERAS_1;
            }
            if (version.startsWith("2.")) {
                return SourceFormat.KERAS_2;
            }
            if (version.startsWith("3.")) {
                return SourceFormat.KERAS_3;
            }
        }
        if (topology.has("module") || topology.has("registered_name")) {
            return SourceFormat.KERAS_3;
        }
        JsonNode config = topology.get("config");
        JsonNode layers = config == null ? null : config.isArray() ? config : config.get("layers");
        if (layers != null && layers.isArray()) {
            for (JsonNode layer : layers) {
                JsonNode nodes = layer.get("inbound_nodes");
                if (nodes != null && nodes.isArray() && !nodes.isEmpty() && nodes.get(0).isObject()) {
                    return SourceFormat.KERAS_3;
                }
                JsonNode c = layer.get("config");
                if (c != null && c.isObject() && Keras1Names.looksLikeKeras1(c, keras1Fields)) {
                    return SourceFormat.KERAS_1;
                }
            }
        }
        return SourceFormat.KERAS_2;
    }
}

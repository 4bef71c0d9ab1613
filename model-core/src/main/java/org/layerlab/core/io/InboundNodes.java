package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the connections of a functional model: a layer's {@code inbound_nodes} in the Keras 1/2 list form
 * ({@code [[["dense", 0, 0, {}]]]}) or the Keras 3 form ({@code [{"args": [{"class_name":
 * "__keras_tensor__", ...}], "kwargs": {}}]}), and the model's {@code input_layers} / {@code output_layers}.
 */
final class InboundNodes {
    static final String KERAS_TENSOR = "__keras_tensor__";
    private static final String FIELD = "inbound_nodes";

    private InboundNodes() {
    }

    /** The model with every layer's inbound nodes read into its calls, nested models included. */
    static RawModel connect(Where where, RawModel model, List<String> notes) throws ModelFormatException {
        List<RawLayer> layers = new ArrayList<>();
        for (RawLayer layer : model.layers()) {
            RawLayer l = layer;
            if (l.nested() != null) {
                l = l.withNested(connect(where.layer(l.name()), l.nested(), notes));
            }
            if (l.inboundNodes() != null) {
                l = l.withCalls(parse(where.layer(l.name()), l.inboundNodes(), notes));
            }
            layers.add(l);
        }
        return new RawModel(model.name(), model.sequential(), layers, model.inputs(), model.outputs());
    }

    /** The tensors of each call of the layer. */
    static List<List<TensorRef>> parse(Where where, JsonNode nodes, List<String> notes) throws ModelFormatException {
        List<List<TensorRef>> calls = new ArrayList<>();
        if (nodes == null || nodes.isNull() || nodes.isMissingNode()) {
            return calls;
        }
        if (!nodes.isArray()) {
            throw where.invalid(FIELD, "must be a list, got " + JsonValues.kind(nodes));
        }
        for (JsonNode node : nodes) {
            if (node.isArray()) {
                calls.add(listNode(where, node, notes));
            } else if (node.isObject()) {
                calls.add(dictNode(where, node, notes));
            } else {
                throw where.invalid(FIELD, "each call must be a list or an object, got " + JsonValues.kind(node));
            }
        }
        return calls;
    }

    private static List<TensorRef> listNode(Where where, JsonNode node, List<String> notes)
            throws ModelFormatException {
        List<TensorRef> refs = new ArrayList<>();
        for (JsonNode t : node) {
            if (!t.isArray() || t.size() < 3 || t.size() > 4) {
                throw where.invalid(FIELD, "each input must be [layer, node, tensor, kwargs], got "
                        + JsonValues.kind(t));
            }
            if (t.get(0).isTextual() && t.get(0).textValue().equals("_CONSTANT_VALUE")) {
                throw where.structure("constant call arguments are not supported");
            }
            refs.add(triple(where, t, FIELD));
            if (t.size() == 4) {
                callKwargs(where, t.get(3), notes);
            }
        }
        return refs;
    }

    private static List<TensorRef> dictNode(Where where, JsonNode node, List<String> notes)
            throws ModelFormatException {
        JsonNode args = JsonValues.requireArray(where, node, "args");
        List<TensorRef> refs = new ArrayList<>();
        for (JsonNode arg : args) {
            if (arg.isArray()) {
                for (JsonNode x : arg) {
                    refs.add(kerasTensor(where, x));
                }
            } else {
                refs.add(kerasTensor(where, arg));
            }
        }
        JsonNode kwargs = node.get("kwargs");
        if (kwargs != null && !kwargs.isNull()) {
            callKwargs(where, kwargs, notes);
        }
        return refs;
    }

    private static TensorRef kerasTensor(Where where, JsonNode x) throws ModelFormatException {
        if (!isKerasTensor(x)) {
            throw where.structure("a call argument is " + JsonValues.kind(x)
                    + ", not a tensor; only tensor arguments are supported");
        }
        JsonNode history = JsonValues.requireArray(where, JsonValues.requireObject(where, x, "config"),
                "keras_history");
        return triple(where, history, "keras_history");
    }

    private static boolean isKerasTensor(JsonNode x) {
        return x.isObject() && x.path("class_name").asText("").equals(KERAS_TENSOR);
    }

    /** Keyword arguments: only {@code training} and a null {@code mask} carry over; tensors are refused. */
    private static void callKwargs(Where where, JsonNode kwargs, List<String> notes) throws ModelFormatException {
        if (!kwargs.isObject()) {
            throw where.invalid(FIELD, "call keyword arguments must be an object, got " + JsonValues.kind(kwargs));
        }
        for (Map.Entry<String, JsonNode> e : kwargs.properties()) {
            JsonNode v = e.getValue();
            if (containsTensor(v)) {
                throw where.structure("a tensor passed as keyword argument " + MessageText.quote(e.getKey())
                        + " is not supported");
            }
            boolean harmless = v.isNull() || (e.getKey().equals("training") && v.isBoolean() && !v.booleanValue());
            if (!harmless) {
                notes.add(where.layer() + ": call argument " + e.getKey() + "=" + MessageText.shorten(v.toString())
                        + " ignored");
            }
        }
    }

    private static boolean containsTensor(JsonNode v) {
        if (isKerasTensor(v)) {
            return true;
        }
        for (JsonNode x : v) {
            if (containsTensor(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A model's {@code input_layers} or {@code output_layers}: a list of triples, one flat triple (Keras 3,
     * single tensor) or a dict of them (Keras 3, structured inputs), in order.
     */
    static List<TensorRef> endpoints(Where where, JsonNode node, String field) throws ModelFormatException {
        if (node == null || node.isNull()) {
            throw where.invalid(field, "is missing");
        }
        List<TensorRef> refs = new ArrayList<>();
        collectEndpoints(where, node, field, refs);
        if (refs.isEmpty()) {
            throw where.invalid(field, "names no tensor");
        }
        return refs;
    }

    private static void collectEndpoints(Where where, JsonNode node, String field, List<TensorRef> out)
            throws ModelFormatException {
        if (node.isArray() && !node.isEmpty() && node.get(0).isTextual()) {
            out.add(triple(where, node, field));
        } else if (node.isArray() || node.isObject()) {
            for (JsonNode x : node) {
                collectEndpoints(where, x, field, out);
            }
        } else {
            throw where.invalid(field, "must hold [layer, node, tensor] triples, got " + JsonValues.kind(node));
        }
    }

    private static TensorRef triple(Where where, JsonNode t, String field) throws ModelFormatException {
        if (!t.isArray() || t.size() < 3 || !t.get(0).isTextual()) {
            throw where.invalid(field, "must be [layer name, node index, tensor index], got " + JsonValues.kind(t));
        }
        return new TensorRef(t.get(0).textValue(), JsonValues.requireIndex(where, t.get(1), field),
                JsonValues.requireIndex(where, t.get(2), field));
    }
}

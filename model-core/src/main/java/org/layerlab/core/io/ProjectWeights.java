package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights in a project file: per layer, each weight's name, shape and its float32 values as base64 of
 * little-endian bytes, the layout of a TF.js shard, so a trained project stays compact and exact.
 */
final class ProjectWeights {
    private ProjectWeights() {
    }

    static Map<String, Object> write(Map<String, List<WeightArray>> weights) {
        Map<String, Object> out = new LinkedHashMap<>();
        weights.forEach((layer, arrays) -> {
            List<Object> list = new ArrayList<>();
            for (WeightArray w : arrays) {
                ByteBuffer bytes = ByteBuffer.allocate(w.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(w.values());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", w.name());
                entry.put("shape", toList(w.shape()));
                entry.put("dtype", "float32");
                entry.put("data", Base64.getEncoder().encodeToString(bytes.array()));
                list.add(entry);
            }
            out.put(layer, list);
        });
        return out;
    }

    /** Reads the weights of the layers of {@code model}; a layer the model lacks is an error naming it. */
    static Map<String, List<WeightArray>> read(Where where, JsonNode weights, ModelDescription model)
            throws ModelFormatException {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        if (weights == null || weights.isNull()) {
            return out;
        }
        if (!weights.isObject()) {
            throw where.invalid("weights", "must be an object, got " + JsonValues.kind(weights));
        }
        for (Map.Entry<String, JsonNode> e : weights.properties()) {
            Where layer = where.layer(e.getKey());
            if (model.layer(e.getKey()).isEmpty()) {
                throw new WeightDataException(where.file(), e.getKey(), "weights are given for a layer the model does not have");
            }
            if (!e.getValue().isArray()) {
                throw layer.invalid("weights", "must be a list, got " + JsonValues.kind(e.getValue()));
            }
            List<WeightArray> arrays = new ArrayList<>();
            for (JsonNode w : e.getValue()) {
                arrays.add(array(layer, w));
            }
            out.put(e.getKey(), arrays);
        }
        return out;
    }

    private static WeightArray array(Where layer, JsonNode w) throws ModelFormatException {
        String name = JsonValues.requireText(layer, w, "name");
        JsonNode shapeNode = JsonValues.requireArray(layer, w, "shape");
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = JsonValues.requireIndex(layer, shapeNode.get(i), "shape");
        }
        String dtype = JsonValues.requireText(layer, w, "dtype");
        if (!dtype.equals("float32")) {
            throw layer.invalid("dtype", "weight " + name + " must be float32, got \"" + dtype + "\"");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(JsonValues.requireText(layer, w, "data"));
        } catch (IllegalArgumentException e) {
            throw layer.invalid("data", "weight " + name + " is not valid base64: " + e.getMessage());
        }
        if (bytes.length % Float.BYTES != 0) {
            throw new WeightDataException(layer.file(), layer.layer(), "weight " + name + " has " + bytes.length
                    + " bytes, not a whole number of float32 values");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        try {
            return new WeightArray(name, shape, values);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new WeightDataException(layer.file(), layer.layer(), e.getMessage());
        }
    }

    private static List<Long> toList(long[] shape) {
        List<Long> list = new ArrayList<>(shape.length);
        for (long d : shape) {
            list.add(d);
        }
        return list;
    }
}

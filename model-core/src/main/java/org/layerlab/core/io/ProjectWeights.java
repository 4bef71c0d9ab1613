package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights in a project file, float32 little-endian as in a TF.js shard. Format 3 lists each weight's name,
 * shape and byte offset in the project's {@code weights.bin} entry and streams the values from there, so
 * that a weight needs no more memory than its floats; formats 1 and 2 held the bytes as base64 text in the
 * JSON. Every value read must be finite.
 */
final class ProjectWeights {
    private static final int CHUNK = 1 << 16;

    private ProjectWeights() {
    }

    /** The weights' entries for format 3's {@code project.json}, offsets in the order {@link #writeBinary} writes. */
    static Map<String, Object> describe(Map<String, List<WeightArray>> weights) {
        Map<String, Object> out = new LinkedHashMap<>();
        long offset = 0;
        for (Map.Entry<String, List<WeightArray>> layer : weights.entrySet()) {
            List<Object> list = new ArrayList<>();
            for (WeightArray w : layer.getValue()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", w.name());
                entry.put("shape", toList(w.shape()));
                entry.put("dtype", "float32");
                entry.put("offset", offset);
                offset += (long) w.size() * Float.BYTES;
                list.add(entry);
            }
            out.put(layer.getKey(), list);
        }
        return out;
    }

    /** Writes every value, layer by layer, in the order {@link #describe} gives their offsets. */
    static void writeBinary(Map<String, List<WeightArray>> weights, OutputStream out) throws IOException {
        Float32Bytes.write(weights.values().stream().flatMap(List::stream).toList(), out);
    }

    /** A weight format 3 lists: where its values start in {@code weights.bin}. */
    record Entry(String layer, String name, long[] shape, long offset, long count) {
    }

    /** Reads format 3's weight list; a layer the model lacks is an error naming it. */
    static List<Entry> entries(Where where, JsonNode weights, ModelDescription model, long maxParameters)
            throws ModelFormatException {
        List<Entry> out = new ArrayList<>();
        long expectedOffset = 0;
        for (Map.Entry<String, JsonNode> e : layers(where, weights, model)) {
            Where layer = where.layer(e.getKey());
            for (JsonNode w : e.getValue()) {
                String name = checkedName(layer, w);
                long[] shape = shape(layer, w);
                long count = valueCount(shape);
                if (count > Integer.MAX_VALUE || ParameterBudget.saturatedAdd(expectedOffset / Float.BYTES, count) > maxParameters) {
                    throw new LimitExceededException(layer.file(), layer.layer(), "weights", "weight " + name
                            + " takes the model past the parameter budget of " + MessageText.count(maxParameters));
                }
                JsonNode offset = w.get("offset");
                if (offset == null || !offset.canConvertToLong() || offset.longValue() != expectedOffset) {
                    throw layer.invalid("offset", "weight " + name + " must start at byte " + expectedOffset
                            + " of weights.bin, got " + JsonValues.kind(offset));
                }
                out.add(new Entry(e.getKey(), name, shape, expectedOffset, count));
                expectedOffset += count * Float.BYTES;
            }
        }
        return out;
    }

    /** The values of {@code entries}, read in order from {@code weights.bin}, which must hold exactly them. */
    static Map<String, List<WeightArray>> readBinary(Where where, List<Entry> entries, InputStream in)
            throws ModelFormatException {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        buffer.flip();
        try {
            for (Entry e : entries) {
                float[] values = new float[(int) e.count()];
                for (int k = 0; k < values.length; k++) {
                    if (buffer.remaining() < Float.BYTES && !refill(in, buffer)) {
                        throw new WeightDataException(where.file(), e.layer(), "weights.bin ends inside weight "
                                + e.name());
                    }
                    values[k] = buffer.getFloat();
                }
                out.computeIfAbsent(e.layer(), l -> new ArrayList<>()).add(checked(where.layer(e.layer()), e.name(), e.shape(), values));
            }
            if (buffer.hasRemaining() || in.read() >= 0) {
                throw new WeightDataException(where.file(), null, "weights.bin holds more bytes than the weights listed");
            }
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new WeightDataException(where.file(), null, "cannot read weights.bin: " + e.getMessage());
        }
        return out;
    }

    private static boolean refill(InputStream in, ByteBuffer buffer) throws IOException {
        buffer.compact();
        while (buffer.position() < Float.BYTES) {
            int n = in.read(buffer.array(), buffer.position(), buffer.remaining());
            if (n < 0) {
                buffer.flip();
                return false;
            }
            buffer.position(buffer.position() + n);
        }
        buffer.flip();
        return true;
    }

    /** Reads formats 1 and 2: each weight's bytes as base64 text. */
    static Map<String, List<WeightArray>> readBase64(Where where, JsonNode weights, ModelDescription model)
            throws ModelFormatException {
        Map<String, List<WeightArray>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : layers(where, weights, model)) {
            Where layer = where.layer(e.getKey());
            List<WeightArray> arrays = new ArrayList<>();
            for (JsonNode w : e.getValue()) {
                arrays.add(base64Array(layer, w));
            }
            out.put(e.getKey(), arrays);
        }
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> layers(Where where, JsonNode weights, ModelDescription model)
            throws ModelFormatException {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (weights == null || weights.isNull()) {
            return out;
        }
        if (!weights.isObject()) {
            throw where.invalid("weights", "must be an object, got " + JsonValues.kind(weights));
        }
        for (Map.Entry<String, JsonNode> e : weights.properties()) {
            if (model.layer(e.getKey()).isEmpty()) {
                throw new WeightDataException(where.file(), e.getKey(), "weights are given for a layer the model does not have");
            }
            if (!e.getValue().isArray()) {
                throw where.layer(e.getKey()).invalid("weights", "must be a list, got " + JsonValues.kind(e.getValue()));
            }
            out.add(e);
        }
        return out;
    }

    private static String checkedName(Where layer, JsonNode w) throws ModelFormatException {
        String name = JsonValues.requireText(layer, w, "name");
        String dtype = JsonValues.requireText(layer, w, "dtype");
        if (!dtype.equals("float32")) {
            throw layer.invalid("dtype", "weight " + name + " must be float32, got \"" + dtype + "\"");
        }
        return name;
    }

    private static long[] shape(Where layer, JsonNode w) throws ModelFormatException {
        JsonNode shapeNode = JsonValues.requireArray(layer, w, "shape");
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = JsonValues.requireIndex(layer, shapeNode.get(i), "shape");
        }
        return shape;
    }

    private static WeightArray base64Array(Where layer, JsonNode w) throws ModelFormatException {
        String name = checkedName(layer, w);
        long[] shape = shape(layer, w);
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
        return checked(layer, name, shape, values);
    }

    private static WeightArray checked(Where layer, String name, long[] shape, float[] values) throws WeightDataException {
        WeightArray array;
        try {
            array = new WeightArray(name, shape, values);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new WeightDataException(layer.file(), layer.layer(), e.getMessage());
        }
        FiniteWeights.require(layer.file(), layer.layer(), array);
        return array;
    }

    private static long valueCount(long[] shape) {
        long count = 1;
        try {
            for (long d : shape) {
                count = Math.multiplyExact(count, d);
            }
            return count;
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
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

package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A TensorFlow.js {@code weightsManifest}: groups of shard files and the weights packed in them, in
 * order. Shard paths must be plain file names (they are only ever resolved inside the model's folder),
 * weights must be float32, and the declared sizes must fit the parameter budget.
 */
record WeightsManifest(List<String> paths, List<Entry> entries) {
    /** One weight as declared: its full name ({@code dense/kernel}) and shape. */
    record Entry(String name, long[] shape) {
        Entry {
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** The number of values; {@link Long#MAX_VALUE} when it overflows. */
        long size() {
            long n = 1;
            for (long d : shape) {
                if (n > Long.MAX_VALUE / d) {
                    return Long.MAX_VALUE;
                }
                n *= d;
            }
            return n;
        }
    }

    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
    private static final String FIELD = "weightsManifest";
    private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    WeightsManifest {
        paths = List.copyOf(paths);
        entries = List.copyOf(entries);
    }

    long totalValues() {
        long n = 0;
        for (Entry e : entries) {
            n += e.size();
        }
        return n;
    }

    static WeightsManifest parse(Where where, JsonNode manifest, long maxParameters) throws ModelFormatException {
        if (!manifest.isArray()) {
            throw where.invalid(FIELD, "must be a list of groups, got " + JsonValues.kind(manifest));
        }
        List<String> paths = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        for (JsonNode group : manifest) {
            if (!group.isObject()) {
                throw where.invalid(FIELD, "each group must be an object, got " + JsonValues.kind(group));
            }
            for (JsonNode p : JsonValues.requireArray(where, group, "paths")) {
                paths.add(plainFileName(where, p));
            }
            for (JsonNode w : JsonValues.requireArray(where, group, "weights")) {
                Entry e = entry(where, w);
                total = ParameterBudget.saturatedAdd(total, e.size());
                if (total > maxParameters) {
                    throw new ParameterBudgetException(where.file(), null, total, maxParameters);
                }
                if (e.size() > MAX_ARRAY_LENGTH) {
                    throw new LimitExceededException(where.file(), null, FIELD, "weight " + MessageText.quote(e.name())
                            + " declares " + MessageText.count(e.size()) + " values, more than one array can hold");
                }
                entries.add(e);
            }
        }
        return new WeightsManifest(paths, entries);
    }

    private static String plainFileName(Where where, JsonNode p) throws ModelFormatException {
        if (!p.isTextual()) {
            throw where.invalid(FIELD, "a shard path must be a string, got " + JsonValues.kind(p));
        }
        String name = p.textValue();
        if (!PLAIN_FILE_NAME.matcher(name).matches() || name.contains("..")) {
            throw where.unsafe(FIELD, "the shard path " + MessageText.quote(name) + " is not a plain file name;"
                    + " weights are only read from files next to model.json");
        }
        return name;
    }

    private static Entry entry(Where where, JsonNode w) throws ModelFormatException {
        if (!w.isObject()) {
            throw where.invalid(FIELD, "each weight must be an object, got " + JsonValues.kind(w));
        }
        String name = JsonValues.requireText(where, w, "name");
        String dtype = JsonValues.optionalText(where, w, "dtype");
        if (w.hasNonNull("quantization") || (dtype != null && !dtype.equals("float32"))) {
            throw new WeightDataException(where.file(), null, "weight " + MessageText.quote(name) + " is "
                    + (w.hasNonNull("quantization") ? "quantized" : dtype) + "; only float32 weights can be imported");
        }
        JsonNode shapeNode = JsonValues.requireArray(where, w, "shape");
        long[] shape = new long[shapeNode.size()];
        long size = 1;
        for (int i = 0; i < shape.length; i++) {
            JsonNode d = shapeNode.get(i);
            if (!d.isIntegralNumber() || !d.canConvertToLong() || d.longValue() <= 0) {
                throw where.invalid(FIELD, "weight " + MessageText.quote(name) + " has dimension "
                        + JsonValues.kind(d) + "; dimensions must be positive integers");
            }
            shape[i] = d.longValue();
        }
        return new Entry(name, shape);
    }
}

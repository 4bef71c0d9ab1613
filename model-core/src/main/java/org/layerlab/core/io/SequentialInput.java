package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;

/**
 * The explicit {@code InputLayer} of a Sequential model, named as Keras 2 names it: {@code <first layer>_input}.
 * Its shape is the one the first layer carries ({@code batch_input_shape}, {@code input_shape} with
 * {@code batch_size}, or Keras 1's {@code input_dim}); a model that gives none (Keras builds such a model on its
 * first call) gets an InputLayer whose shape is not set, which the editor shows as that layer's error.
 */
final class SequentialInput {
    private SequentialInput() {
    }

    /**
     * @param first the model's first layer
     * @param firstEntry its entry in the file (for {@code build_config})
     * @param modelConfig the Sequential's config (for {@code build_input_shape}), or {@code null}
     */
    /** @param problems gets a line when the model gives no input shape */
    static RawLayer inputFor(Where where, RawLayer first, JsonNode firstEntry, JsonNode modelConfig, String name,
            List<String> problems) throws ModelFormatException {
        Where w = where.layer(first.name());
        Config c = first.config();
        List<Object> shape;
        if (c.get("batch_input_shape") != null) {
            shape = dims(w, c.get("batch_input_shape"), "batch_input_shape");
        } else if (c.get("input_shape") != null) {
            shape = new ArrayList<>();
            Object batch = c.get("batch_size");
            shape.add(batch);
            shape.addAll(dims(w, c.get("input_shape"), "input_shape"));
            dims(w, shape, "batch_size");
        } else if (c.get("input_dim") != null) {
            shape = new ArrayList<>();
            shape.add(null);
            shape.add(c.get("input_dim"));
            dims(w, shape, "input_dim");
        } else if (modelConfig != null && modelConfig.isObject() && modelConfig.hasNonNull("build_input_shape")) {
            shape = dims(w, JsonValues.toJava(modelConfig.get("build_input_shape")), "build_input_shape");
        } else if (firstEntry.path("build_config").hasNonNull("input_shape")) {
            shape = dims(w, JsonValues.toJava(firstEntry.path("build_config").get("input_shape")), "build_config");
        } else {
            shape = null;
            problems.add("the model's first layer " + MessageText.quote(first.name()) + " gives no input shape"
                    + " (batch_input_shape, input_shape or input_dim); its input layer " + MessageText.quote(name)
                    + " was added with the shape unset");
        }
        Object dtype = c.get("dtype") != null ? c.get("dtype") : c.get("input_dtype");
        Config config = Config.builder().put("name", name).put("dtype", dtype).put("batch_shape", shape).build();
        return new RawLayer("InputLayer", name, config, null, List.of(), null);
    }

    /** A shape list of positive integers or nulls. */
    private static List<Object> dims(Where w, Object value, String field) throws InvalidFieldException {
        if (!(value instanceof List<?> list)) {
            throw w.invalid(field, "must be a list of dimensions, got " + MessageText.shorten(String.valueOf(value)));
        }
        for (Object d : list) {
            if (d != null && !(d instanceof Long l && l > 0)) {
                throw w.invalid(field, "dimensions must be positive integers or null, got "
                        + MessageText.shorten(String.valueOf(list)));
            }
        }
        return new ArrayList<>(list);
    }
}

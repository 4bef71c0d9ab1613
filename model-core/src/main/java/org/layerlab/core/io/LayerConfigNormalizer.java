package org.layerlab.core.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;

/**
 * Brings a layer config from any Keras version to the one form {@code LayerRegistry.create} takes:
 * Keras 2/3 field names, every parameter of the layer type present (missing ones at their defaults) in
 * the type's order, nested objects normalised by {@link KerasObjects}, and every value checked against
 * the type's {@link ParamSpec}s. Fields the type does not know are dropped with a note.
 */
final class LayerConfigNormalizer {
    /** Fields that only say where the input shape came from; the InputLayer carries the shape. */
    private static final Set<String> SHAPE_FIELDS = Set.of("batch_input_shape", "input_shape", "input_dim",
            "batch_size", "input_length");
    private static final int MAX_NAME_LENGTH = 256;
    private static final double MAX_EXACT_LONG = 9.0e15;

    private final LayerClassCheck classes;

    LayerConfigNormalizer(LayerClassCheck classes) {
        this.classes = classes;
    }

    LayerEntry normalize(Where where, RawLayer raw, SourceFormat format, List<String> notes)
            throws ModelFormatException {
        Where w = where.layer(raw.name());
        LayerType type = classes.resolve(raw).orElseThrow(
                () -> new IllegalStateException("class " + raw.className() + " was not checked"));
        checkName(w, raw.name());
        Config c;
        try {
            c = type.fromKeras(Keras1Names.rename(raw.config()).with("name", raw.name()));
        } catch (ConfigException e) {
            throw w.invalid(e.field(), withoutField(e.field(), e.getMessage()));
        }
        Config.Builder b = Config.builder();
        boolean shapeUnset = type.inputCount().max() == 0 && c.get("batch_shape") == null;
        for (ParamSpec p : type.allParams()) {
            // An unset input shape opens, to be set in the editor; the InputLayer reports it as its error.
            b.put(p.name(), shapeUnset && p.name().equals("batch_shape") ? null : value(w, p, c, notes));
        }
        noteDropped(raw.name(), type, c, notes);
        Config normalized = b.build();
        if (format != SourceFormat.KERAS_3 && format != SourceFormat.KERAS_3_ARCHIVE
                && "hard_sigmoid".equals(normalized.get("activation"))) {
            notes.add(raw.name() + ": hard_sigmoid in Keras 1/2 and TensorFlow.js is clip(0.2x + 0.5, 0, 1);"
                    + " Keras 3 changed it to relu6(x + 3) / 6");
        }
        List<TensorRef> inbound = raw.calls().isEmpty() ? List.of() : raw.calls().get(0);
        return new LayerEntry(type, normalized, inbound);
    }

    private static void checkName(Where w, String name) throws InvalidFieldException {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || name.contains("/")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw w.invalid("name", "a layer name must be 1 to " + MAX_NAME_LENGTH
                    + " characters without '/' or control characters");
        }
    }

    private static Object value(Where w, ParamSpec p, Config c, List<String> notes) throws ModelFormatException {
        Object v = c.get(p.name());
        if (p.kind() == ParamKind.INITIALIZER && KerasObjects.isNamedLambda(v)) {
            // An initializer only decides where new weights start, so the model stays whole without it, and
            // the file holds only the lambda's name: Keras's default takes its place.
            String fallback = p.defaultValue() instanceof Config d ? String.valueOf(d.get("class_name")) : "no initializer";
            notes.add(c.get("name") + ": " + p.name() + " is a Python lambda, not in the file; " + fallback
                    + ", the default, takes its place");
            v = null;
        }
        if (v == null && !p.required()) {
            v = p.defaultValue();
        } else {
            v = convert(w, p, v);
            if (v == null && !p.required() && !p.nullable()) {
                v = p.defaultValue();
            }
        }
        // Files are read for the command line too: their errors are in English.
        Optional<String> problem = p.problemWith(v).map(r -> r.english());
        if (problem.isPresent()) {
            throw w.invalid(p.name(), withoutField(p.name(), problem.get()));
        }
        return v;
    }

    /** {@code units must be ...} as {@code must be ...}, for a message that names the field itself. */
    private static String withoutField(String field, String text) {
        return field != null && text.startsWith(field + " ") ? text.substring(field.length() + 1) : text;
    }

    private static Object convert(Where w, ParamSpec p, Object v) throws ModelFormatException {
        return switch (p.kind()) {
            case INITIALIZER -> KerasObjects.function(w, p.name(), v, KerasObjects.Kind.INITIALIZER);
            case REGULARIZER -> KerasObjects.function(w, p.name(), v, KerasObjects.Kind.REGULARIZER);
            case CONSTRAINT -> KerasObjects.function(w, p.name(), v, KerasObjects.Kind.CONSTRAINT);
            case ACTIVATION -> KerasObjects.activation(w, p.name(), v);
            case DTYPE -> KerasObjects.dtype(w, p.name(), v);
            case INTEGER -> integer(w, p, v);
            case FLOAT -> v instanceof Long l ? (Object) l.doubleValue() : v;
            default -> v;
        };
    }

    /** A whole number written as a float ({@code 64.0}) becomes a Long; one beyond a long's exact range is refused. */
    private static Object integer(Where w, ParamSpec p, Object v) throws InvalidFieldException {
        if (!(v instanceof Double d) || d != Math.rint(d)) {
            return v;
        }
        if (Math.abs(d) >= MAX_EXACT_LONG) {
            throw w.invalid(p.name(), "is too large: " + d);
        }
        return d.longValue();
    }

    private static void noteDropped(String layer, LayerType type, Config c, List<String> notes) {
        Set<String> known = type.allParams().stream().map(ParamSpec::name).collect(Collectors.toSet());
        for (String key : c.keys()) {
            Object v = c.get(key);
            if (known.contains(key) || SHAPE_FIELDS.contains(key) || v == null || Boolean.FALSE.equals(v)) {
                continue;
            }
            if (key.equals("dim_ordering") || key.equals("data_format")) {
                notes.add(layer + ": " + key + " " + MessageText.shorten(String.valueOf(v))
                        + (v.equals("th") || v.equals("channels_first") ? " (Theano, channels-first order)" : "")
                        + " does not apply to this layer");
                continue;
            }
            notes.add(layer + ": field " + key + "=" + MessageText.shorten(String.valueOf(v)) + " is not"
                    + " supported by " + type.className() + " and was dropped");
        }
    }
}

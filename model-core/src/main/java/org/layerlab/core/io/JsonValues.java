package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;

/** Typed access to parsed JSON, failing with the file, layer and field named. */
final class JsonValues {
    private JsonValues() {
    }

    /** The JSON-like Java value of a node: String, Long, Double, Boolean, null, List or Config. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(x -> list.add(toJava(x)));
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            return toConfig(node);
        }
        throw new IllegalArgumentException("unexpected JSON node " + node.getNodeType());
    }

    static Config toConfig(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
        return Config.of(map);
    }

    static JsonNode requireObject(Where where, JsonNode parent, String field) throws InvalidFieldException {
        JsonNode v = require(where, parent, field);
        if (!v.isObject()) {
            throw where.invalid(field, "must be an object, got " + kind(v));
        }
        return v;
    }

    static JsonNode requireArray(Where where, JsonNode parent, String field) throws InvalidFieldException {
        JsonNode v = require(where, parent, field);
        if (!v.isArray()) {
            throw where.invalid(field, "must be a list, got " + kind(v));
        }
        return v;
    }

    static String requireText(Where where, JsonNode parent, String field) throws InvalidFieldException {
        JsonNode v = require(where, parent, field);
        if (!v.isTextual()) {
            throw where.invalid(field, "must be a string, got " + kind(v));
        }
        return v.textValue();
    }

    /** A string field, or {@code null} when absent or null. */
    static String optionalText(Where where, JsonNode parent, String field) throws InvalidFieldException {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw where.invalid(field, "must be a string, got " + kind(v));
        }
        return v.textValue();
    }

    /** A non-negative integer that fits an int. */
    static int requireIndex(Where where, JsonNode v, String field) throws InvalidFieldException {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw where.invalid(field, "must be a non-negative integer, got " + kind(v));
        }
        return v.intValue();
    }

    private static JsonNode require(Where where, JsonNode parent, String field) throws InvalidFieldException {
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            throw where.invalid(field, "is missing");
        }
        return v;
    }

    /** What a node holds, for messages: {@code a string "abc"}, {@code a list}, {@code 12}. */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "the string " + MessageText.quote(v.textValue());
        }
        if (v.isNumber() || v.isBoolean()) {
            return MessageText.shorten(v.asText());
        }
        return v.isArray() ? "a list" : "an object";
    }
}

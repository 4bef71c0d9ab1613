package org.layerlab.core.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerlab.core.config.Config;

/**
 * Python source for JSON-like values. Strings are always fully escaped (quotes, backslashes, anything
 * outside printable ASCII), so text from a model file can never end a literal and become code.
 */
final class PythonLiterals {
    private PythonLiterals() {
    }

    static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Long || v instanceof Integer) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(Double.isFinite(d) ? Double.toString(d) : d.isNaN() ? "float('nan')"
                    : d > 0 ? "float('inf')" : "-float('inf')");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Config c) {
            append(sb, c.toMap());
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                append(sb, e.getValue());
                first = false;
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                append(sb, l.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("no Python literal for " + v.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        sb.append('"');
    }
}

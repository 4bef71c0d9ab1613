package org.layerlab.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.app.inspector.ValueEditor.Typed;

/** Parameter values as the inspector writes and reads them in text fields. */
final class InspectorValues {
    private InspectorValues() {
    }

    /** {@code null} as {@code None}, a shape or list as {@code (None, 4)}, whole numbers without {@code .0}. */
    static String format(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(format(x)));
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }
        return value.toString();
    }

    /** A shape or integer list: {@code (None, 4)}, {@code [null, 4]} or {@code 4}. */
    static Typed parseList(String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<Object> values = new ArrayList<>();
        for (String part : t.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("none") || p.equals("null")) {
                values.add(null);
                continue;
            }
            try {
                values.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                return Typed.problem("list");
            }
        }
        return Typed.value(values);
    }

    /** A setting of an initializer or regularizer: {@code None}, an integer, a number, else the text itself. */
    static Object parseLoose(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("none") || t.equals("null")) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notInteger) {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException notNumber) {
                return t;
            }
        }
    }
}

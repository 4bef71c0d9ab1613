package org.layerlab.core.io;

import java.util.Locale;

/** Puts text from a file into a one-line message safely: quoted, control characters escaped, shortened. */
final class MessageText {
    private static final int MAX_SHOWN = 80;

    private MessageText() {
    }

    /** {@code "text"} with control characters escaped and long text cut. */
    static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    /** The text with control characters escaped, cut after a few dozen characters. */
    static String shorten(String text) {
        return shorten(text, MAX_SHOWN);
    }

    /** The text with control characters escaped, cut after {@code max} characters. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        int n = Math.min(text.length(), max);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > max) {
            sb.append("... (").append(text.length()).append(" characters)");
        }
        return sb.toString();
    }

    /** A count with thousands separators, as Keras's summary prints them: {@code 50,240}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

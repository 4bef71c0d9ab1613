package org.layerlab.core.data;

import java.util.regex.Pattern;

/**
 * Decides which CSV values are numbers. Stricter than {@link Double#parseDouble}: only plain
 * decimal notation with an optional exponent, so that "NaN", "Infinity", "1d" or "0x10" count as
 * text. Surrounding spaces are ignored.
 */
final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    static boolean isNumber(String text) {
        return DECIMAL.matcher(text.strip()).matches() && Double.isFinite(Double.parseDouble(text.strip()));
    }

    /** The value of a text for which {@link #isNumber} holds. */
    static double parse(String text) {
        return Double.parseDouble(text.strip());
    }
}

package org.layerlab.core.data;

/**
 * Decides which CSV values are numbers. Stricter than {@link Double#parseDouble}: only plain
 * decimal notation with an optional exponent, so that "NaN", "Infinity", "1d" or "0x10" count as
 * text. Surrounding spaces are ignored.
 */
final class NumberText {

    private NumberText() {
    }

    static boolean isNumber(String text) {
        return !Double.isNaN(valueOrNaN(text));
    }

    /**
     * The value of a number as {@link #isNumber} reads it, or NaN when the text is not one: one pass, no
     * regular expression, for the millions of cells of a large table.
     */
    static double valueOrNaN(String text) {
        String t = text.strip();
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a text for which {@link #isNumber} holds. */
    static double parse(String text) {
        return Double.parseDouble(text.strip());
    }
}

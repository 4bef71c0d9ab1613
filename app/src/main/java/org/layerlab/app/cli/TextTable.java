package org.layerlab.app.cli;

import java.util.List;

/**
 * Plain text columns, each as wide as its widest cell, separated by two spaces. Chinese and other wide
 * characters take two terminal columns, so widths are counted in columns, not characters.
 */
final class TextTable {
    private TextTable() {
    }

    static void append(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], columns(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - columns(row[c]) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    static int columns(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    /** East Asian wide and full-width characters: CJK ideographs, kana, hangul and their punctuation. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}

package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a {@link ColumnarTable}: every value as a float32 number ({@code NaN} where it is not a
 * number), and, while the column has few distinct values, each row's value as a code into its distinct
 * texts, so categories and class names keep the text as written. A column of many distinct numbers drops
 * its codes: it costs 4 bytes a row either way, never a string per cell.
 */
final class TableColumn {
    /** More distinct values than any category or class list should have; past it the texts are dropped. */
    static final int MAX_DISTINCT = 1_000;

    private float[] numbers = new float[1024];
    private int[] codes = new int[1024];
    private Map<String, Integer> codeOf = new HashMap<>();
    private List<String> distinct = new ArrayList<>();
    private int rows;
    private int numberCount;
    private int filled;
    private int firstGap = -1;
    private int firstText = -1;
    private int firstNonNumber = -1;
    private String firstNonNumberText;

    void add(String raw) {
        if (rows == numbers.length) {
            numbers = Arrays.copyOf(numbers, rows * 2);
            codes = codes == null ? null : Arrays.copyOf(codes, rows * 2);
        }
        String v = raw.strip();
        double value = NumberText.valueOrNaN(v);
        boolean number = !Double.isNaN(value);
        numbers[rows] = (float) value;
        if (number) {
            numberCount++;
        } else if (firstNonNumber < 0) {
            firstNonNumber = rows;
            firstNonNumberText = v;
        }
        if (!v.isEmpty()) {
            filled++;
        }
        if (!number && firstGap < 0 && (v.isEmpty() || TableEncoder.isNotANumber(v))) {
            firstGap = rows;
        }
        if (!number && !v.isEmpty() && !TableEncoder.isNotANumber(v) && firstText < 0) {
            firstText = rows;
        }
        if (codes != null) {
            code(v);
        }
        rows++;
    }

    private void code(String v) {
        Integer code = codeOf.get(v);
        if (code == null) {
            if (distinct.size() == MAX_DISTINCT) {
                codes = null;
                codeOf = null;
                distinct = null;
                return;
            }
            code = distinct.size();
            codeOf.put(v, code);
            distinct.add(v);
        }
        codes[rows] = code;
    }

    /** Gives back the room the arrays grew into. */
    void trim() {
        numbers = Arrays.copyOf(numbers, rows);
        codes = codes == null ? null : Arrays.copyOf(codes, rows);
        codeOf = null;
    }

    float number(int row) {
        return numbers[row];
    }

    /** Whether the distinct texts are kept: at most {@link #MAX_DISTINCT} of them. */
    boolean hasTexts() {
        return codes != null;
    }

    /** The stripped text of a row; only while {@link #hasTexts()}. */
    String text(int row) {
        return distinct.get(codes[row]);
    }

    /** The index of a row's text in {@link #distinct()}; only while {@link #hasTexts()}. */
    int code(int row) {
        return codes[row];
    }

    /** The distinct stripped texts, blank included, in first-seen order; only while {@link #hasTexts()}. */
    List<String> distinct() {
        return distinct;
    }

    int numberCount() {
        return numberCount;
    }

    int filled() {
        return filled;
    }

    /** The first row whose value is not a number, or -1. */
    int firstNonNumber() {
        return firstNonNumber;
    }

    /** The stripped text of {@link #firstNonNumber()}. */
    String firstNonNumberText() {
        return firstNonNumberText;
    }

    /** The first row that is blank or says "not a number" (NaN, NA, ...), or -1. */
    int firstGap() {
        return firstGap;
    }

    /** The first row with text that is not a number, or -1. */
    int firstText() {
        return firstText;
    }
}

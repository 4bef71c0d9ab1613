package org.layerlab.core.data;

import java.util.Set;

/**
 * How to read a CSV table as training data.
 *
 * @param targetColumn the column to predict, or {@code null} for the last column
 * @param targetMode whether the target is a number or a class
 * @param categoricalColumns feature columns to one-hot encode even though they hold numbers (codes)
 */
public record TableOptions(String targetColumn, TargetMode targetMode, Set<String> categoricalColumns) {
    /**
     * Regression or classification. {@code AUTO} reads a target whose values are all numbers as
     * regression and any other target as classification: a numeric column of class codes (0..9) is
     * ambiguous, so the caller says {@code CLASSIFICATION} for it.
     */
    public enum TargetMode {
        AUTO, REGRESSION, CLASSIFICATION
    }

    public TableOptions {
        targetMode = targetMode == null ? TargetMode.AUTO : targetMode;
        categoricalColumns = categoricalColumns == null ? Set.of() : Set.copyOf(categoricalColumns);
    }

    /** Last column as target, kind decided by {@link TargetMode#AUTO}. */
    public static TableOptions defaults() {
        return new TableOptions(null, TargetMode.AUTO, Set.of());
    }

    public TableOptions withTarget(String column) {
        return new TableOptions(column, targetMode, categoricalColumns);
    }

    public TableOptions withTargetMode(TargetMode mode) {
        return new TableOptions(targetColumn, mode, categoricalColumns);
    }

    public TableOptions withCategorical(Set<String> columns) {
        return new TableOptions(targetColumn, targetMode, columns);
    }
}

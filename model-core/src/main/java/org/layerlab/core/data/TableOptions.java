package org.layerlab.core.data;

import java.util.Set;

/**
 * How to read a CSV table as training data.
 *
 * @param targetColumn the column to predict, or {@code null} for the last column
 * @param targetMode whether the target is a number or a class
 * @param categoricalColumns feature columns to one-hot encode even though they hold numbers (codes)
 * @param output the model the table trains, which decides whether a numeric target is classes under
 *     {@link TargetMode#AUTO}; {@code null} when unknown
 */
public record TableOptions(String targetColumn, TargetMode targetMode, Set<String> categoricalColumns, ModelOutput output) {
    /**
     * Regression or classification. {@code AUTO} reads a target with text as classification, and a target
     * whose values are all numbers as the {@link ModelOutput} means it, as regression without one.
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
        return new TableOptions(null, TargetMode.AUTO, Set.of(), null);
    }

    public TableOptions withTarget(String column) {
        return new TableOptions(column, targetMode, categoricalColumns, output);
    }

    public TableOptions withTargetMode(TargetMode mode) {
        return new TableOptions(targetColumn, mode, categoricalColumns, output);
    }

    public TableOptions withOutput(ModelOutput modelOutput) {
        return new TableOptions(targetColumn, targetMode, categoricalColumns, modelOutput);
    }

    public TableOptions withCategorical(Set<String> columns) {
        return new TableOptions(targetColumn, targetMode, columns, output);
    }
}

package org.layerlab.core.data;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The column a model predicts: its name, its kind and, for classification, the class names in
 * index order (class {@code i} is encoded as {@code i}; for binary targets index 1 is the positive
 * class).
 */
public record Target(String name, TargetKind kind, List<String> classNames) {
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        classNames = List.copyOf(classNames);
        if (kind == TargetKind.REGRESSION && !classNames.isEmpty()) {
            throw new IllegalArgumentException("a regression target has no classes");
        }
        if (kind == TargetKind.BINARY && classNames.size() != 2) {
            throw new IllegalArgumentException("a binary target needs 2 classes, got " + classNames.size());
        }
        if (kind == TargetKind.MULTICLASS && classNames.size() < 3) {
            throw new IllegalArgumentException("a multiclass target needs 3 or more classes, got " + classNames.size());
        }
        if (new HashSet<>(classNames).size() != classNames.size()) {
            throw new IllegalArgumentException("class names repeat: " + classNames);
        }
    }

    public static Target regression(String name) {
        return new Target(name, TargetKind.REGRESSION, List.of());
    }

    /** A classification target: binary for two classes, multiclass for more. */
    public static Target classes(String name, List<String> classNames) {
        return new Target(name, classNames.size() == 2 ? TargetKind.BINARY : TargetKind.MULTICLASS, classNames);
    }

    public boolean isClassification() {
        return kind != TargetKind.REGRESSION;
    }

    public int classCount() {
        return classNames.size();
    }

    /** Columns a model's output has for this target: one, or one per class for multiclass. */
    public int outputWidth() {
        return kind == TargetKind.MULTICLASS ? classNames.size() : 1;
    }

    /**
     * Turns one model output row back into a class or value. A binary target accepts one sigmoid
     * probability (class 1 when it is at least 0.5) or one score per class; a multiclass target takes
     * the class with the highest score.
     */
    public Prediction decode(double[] output) {
        if (kind == TargetKind.REGRESSION) {
            requireWidth(output, 1);
            return new Prediction.ValuePrediction(output[0]);
        }
        if (kind == TargetKind.BINARY && output.length == 1) {
            double p = output[0];
            return p >= 0.5
                    ? new Prediction.ClassPrediction(1, classNames.get(1), p)
                    : new Prediction.ClassPrediction(0, classNames.get(0), 1 - p);
        }
        requireWidth(output, classNames.size());
        int best = 0;
        for (int i = 1; i < output.length; i++) {
            if (output[i] > output[best]) {
                best = i;
            }
        }
        return new Prediction.ClassPrediction(best, classNames.get(best), output[best]);
    }

    private void requireWidth(double[] output, int width) {
        if (output.length != width) {
            throw new IllegalArgumentException("the model gives " + output.length + " outputs but target \"" + name
                    + "\" (" + kind.id() + ") needs " + width);
        }
    }
}

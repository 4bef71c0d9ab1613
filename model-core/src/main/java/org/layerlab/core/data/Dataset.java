package org.layerlab.core.data;

import java.util.List;
import java.util.Objects;

/**
 * An immutable table of numeric feature rows and their targets, in plain Java so that it can be
 * loaded, split and shown without a tensor backend. Features are stored row-major as float32, the
 * precision the model computes in, so a large table takes 4 bytes a value; a target is the value for
 * regression and the class index for classification.
 */
public final class Dataset {
    private final String name;
    private final List<String> featureNames;
    private final Target target;
    private final float[] features;
    private final double[] targets;

    /**
     * @param features row-major, {@code targets.length * featureNames.size()} values
     * @param targets one per row: a number, or a class index of {@code target}
     */
    public Dataset(String name, List<String> featureNames, double[] features, double[] targets, Target target) {
        this(name, featureNames, toFloats(features), targets.clone(), target);
    }

    /** Takes the arrays as they are, without a copy: the caller made them for this data set alone. */
    Dataset(String name, List<String> featureNames, float[] features, double[] targets, Target target) {
        this.name = Objects.requireNonNull(name, "name");
        this.featureNames = List.copyOf(featureNames);
        this.target = Objects.requireNonNull(target, "target");
        this.features = features;
        this.targets = targets;
        if (this.featureNames.isEmpty()) {
            throw new IllegalArgumentException("data set " + name + " has no features");
        }
        if (this.features.length != this.targets.length * this.featureNames.size()) {
            throw new IllegalArgumentException("data set " + name + ": " + this.features.length + " feature values do not make "
                    + this.targets.length + " rows of " + this.featureNames.size());
        }
        for (double t : this.targets) {
            if (target.isClassification() && (t != Math.rint(t) || t < 0 || t >= target.classCount())) {
                throw new IllegalArgumentException("data set " + name + ": " + t + " is not a class index of " + target.classNames());
            }
        }
    }

    /** A data set from one array per row. */
    public static Dataset ofRows(String name, List<String> featureNames, double[][] rows, double[] targets, Target target) {
        int width = featureNames.size();
        double[] flat = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != width) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + width);
            }
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return new Dataset(name, featureNames, flat, targets, target);
    }

    public String name() {
        return name;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public Target target() {
        return target;
    }

    /** Number of rows. */
    public int size() {
        return targets.length;
    }

    /** Number of features per row. */
    public int width() {
        return featureNames.size();
    }

    public double feature(int row, int column) {
        return features[row * featureNames.size() + column];
    }

    /** A copy of one row's features. */
    public double[] row(int row) {
        double[] out = new double[featureNames.size()];
        copyRow(row, out, 0);
        return out;
    }

    /** Copies one row's features into {@code out} at {@code offset}, as a batch is filled without a copy of the table. */
    public void copyRow(int row, double[] out, int offset) {
        int w = featureNames.size();
        int start = row * w;
        for (int i = 0; i < w; i++) {
            out[offset + i] = features[start + i];
        }
    }

    /** A copy of all features, row-major ({@code size() x width()}). */
    public double[] features() {
        double[] out = new double[features.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = features[i];
        }
        return out;
    }

    /** The features themselves, for this package's code that makes a new data set from them. */
    float[] featureArray() {
        return features;
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** A copy of the targets: values, or class indices. */
    public double[] targets() {
        return targets.clone();
    }

    public double target(int row) {
        return targets[row];
    }

    /**
     * The targets as a model's output would hold them, row-major with {@link Target#outputWidth()}
     * columns: one-hot for multiclass, a single column otherwise.
     */
    public double[] targetMatrix() {
        return target.kind() == TargetKind.MULTICLASS ? oneHotTargets() : targets.clone();
    }

    /** The class targets one-hot, row-major with one column per class, for a model that scores every class. */
    public double[] oneHotTargets() {
        int k = target.classCount();
        double[] m = new double[targets.length * k];
        for (int r = 0; r < targets.length; r++) {
            m[r * k + (int) targets[r]] = 1;
        }
        return m;
    }

    /** Rows per class, in class order; empty for regression. */
    public int[] classCounts() {
        int[] counts = new int[target.classCount()];
        if (target.isClassification()) {
            for (double t : targets) {
                counts[(int) t]++;
            }
        }
        return counts;
    }

    /** The rows at these indices, in this order. */
    public Dataset select(int[] rowIndices) {
        int w = featureNames.size();
        float[] f = new float[rowIndices.length * w];
        double[] t = new double[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(features, rowIndices[i] * w, f, i * w, w);
            t[i] = targets[rowIndices[i]];
        }
        return new Dataset(name, featureNames, f, t, target);
    }

    /** The same rows and targets with other float32 features, taken without a copy. */
    Dataset withFeatureArray(float[] newFeatures) {
        return new Dataset(name, featureNames, newFeatures, targets, target);
    }

    /** The same rows and targets with other features (for example standardised ones). */
    public Dataset withFeatures(List<String> newNames, double[] newFeatures) {
        return new Dataset(name, newNames, newFeatures, targets, target);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size() + " x " + width() + ", " + target.kind().id() + "]";
    }
}

package org.layerlab.core.data;

import java.util.Arrays;

/**
 * Per-feature scaling {@code (x - mean) / std}, fitted on training rows only. Exposed as plain
 * arrays so that an exporter can fold it into the first Dense layer
 * ({@code W' = W / std[i]} per input row, {@code b' = b - sum_i mean[i] * W'[i]}).
 */
public final class Standardization {
    private final double[] mean;
    private final double[] std;

    public Standardization(double[] mean, double[] std) {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " standard deviations");
        }
        for (int i = 0; i < std.length; i++) {
            if (!(std[i] > 0) || !Double.isFinite(std[i]) || !Double.isFinite(mean[i])) {
                throw new IllegalArgumentException("feature " + i + ": mean " + mean[i] + " and std " + std[i]
                        + " must be finite with std > 0");
            }
        }
        this.mean = mean.clone();
        this.std = std.clone();
    }

    /** No scaling for {@code width} features. */
    public static Standardization identity(int width) {
        double[] ones = new double[width];
        Arrays.fill(ones, 1);
        return new Standardization(new double[width], ones);
    }

    /**
     * Mean and population standard deviation of each feature where {@code scaled} is true; other
     * features (one-hot categories) keep mean 0, std 1. A constant feature gets std 1, so it is only
     * centred.
     */
    public static Standardization fit(Dataset train, boolean[] scaled) {
        int w = train.width();
        if (scaled.length != w) {
            throw new IllegalArgumentException(scaled.length + " flags for " + w + " features");
        }
        int n = train.size();
        double[] mean = new double[w];
        double[] std = new double[w];
        Arrays.fill(std, 1);
        for (int j = 0; j < w; j++) {
            if (!scaled[j] || n == 0) {
                continue;
            }
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += train.feature(r, j);
            }
            double m = sum / n;
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double d = train.feature(r, j) - m;
                squares += d * d;
            }
            double s = Math.sqrt(squares / n);
            mean[j] = m;
            std[j] = s > 1e-12 * Math.max(1, Math.abs(m)) ? s : 1;
        }
        return new Standardization(mean, std);
    }

    public int width() {
        return mean.length;
    }

    /** A copy of the per-feature means. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the per-feature standard deviations (all > 0). */
    public double[] std() {
        return std.clone();
    }

    public boolean isIdentity() {
        for (int i = 0; i < mean.length; i++) {
            if (mean[i] != 0 || std[i] != 1) {
                return false;
            }
        }
        return true;
    }

    /** Scales row-major {@code values} (rows of {@link #width()}) in place. */
    public void applyInPlace(double[] values) {
        int w = mean.length;
        for (int i = 0; i < values.length; i++) {
            int j = i % w;
            values[i] = (values[i] - mean[j]) / std[j];
        }
    }

    /** The data set with scaled features, computed in float32 like the features themselves. */
    public Dataset apply(Dataset data) {
        return data.withFeatureArray(scaled(data.featureArray().clone()));
    }

    /** Scales a data set no one else holds, in place: a large table is not copied once more. */
    Dataset applyToOwn(Dataset data) {
        scaled(data.featureArray());
        return data;
    }

    /** Scales row-major float32 {@code f} (rows of {@link #width()}) in place and returns it. */
    float[] scaled(float[] f) {
        int w = mean.length;
        for (int i = 0; i < f.length; i++) {
            int j = i % w;
            f[i] = (float) ((f[i] - mean[j]) / std[j]);
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardization s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Standardization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}

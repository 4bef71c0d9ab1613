package org.layerlab.core.function;

/** Mean, variance and extremes of a sample, for checking initializers against their distributions. */
record SampleStats(int n, double mean, double variance, double min, double max) {
    static SampleStats of(double[] v) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new SampleStats(v.length, mean, ss / (v.length - 1), min, max);
    }

    double maxAbs() {
        return Math.max(Math.abs(min), Math.abs(max));
    }

    /** Six standard errors of the mean for a distribution of the given variance. */
    double meanTolerance(double trueVariance) {
        return 6 * Math.sqrt(trueVariance / n);
    }

    /**
     * The variance of a unit normal truncated to [-2, 2], by Simpson integration of the density, so
     * that tests do not take Keras's 0.8796... constant on trust: 1 - 2 * 2 phi(2) / (Phi(2) - Phi(-2)).
     */
    static double truncatedUnitVariance() {
        int steps = 20_000;
        double h = 4.0 / steps;
        double mass = 0;
        for (int i = 0; i <= steps; i++) {
            double x = -2 + i * h;
            double weight = i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2);
            mass += weight * density(x);
        }
        mass *= h / 3;
        return 1 - 2 * 2 * density(2) / mass;
    }

    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }
}

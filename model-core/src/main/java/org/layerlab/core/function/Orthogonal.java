package org.layerlab.core.function;

import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;

/**
 * Keras's {@code Orthogonal(gain=1.0, seed=None)}: the weight, flattened to rows = prod(shape[:-1]) by
 * cols = shape[-1], gets orthonormal columns (or rows, when rows &lt; cols) from the QR decomposition
 * of a standard normal matrix of shape (max, min), times {@code gain}.
 */
public final class Orthogonal extends RandomInitializer {
    private final double gain;

    public Orthogonal(double gain, Long seed) {
        super(seed);
        this.gain = gain;
    }

    static Orthogonal fromConfig(Config c) {
        return new Orthogonal(c.getDouble("gain", 1.0), seedOf(c));
    }

    public double gain() {
        return gain;
    }

    @Override
    void fill(long[] shape, double[] values, RandomGenerator random) {
        if (shape.length < 2) {
            throw new UnsupportedWeightShapeException("The tensor to initialize must be at least two-dimensional. "
                    + "Received: shape=" + WeightShapes.describe(shape) + " of rank " + shape.length + ".");
        }
        int cols = (int) shape[shape.length - 1];
        int rows = cols == 0 ? 0 : values.length / cols;
        int m = Math.max(rows, cols);
        int n = Math.min(rows, cols);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian();
        }
        double[][] q = HouseholderQr.orthonormalColumns(a, m, n);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                // Q is rows x cols, or cols x rows to be transposed when the weight is wide.
                double qij = rows >= cols ? q[j][i] : q[i][j];
                values[i * cols + j] = gain * qij;
            }
        }
    }

    @Override
    public String className() {
        return "Orthogonal";
    }

    @Override
    void addConfig(Config.Builder config) {
        config.put("gain", gain);
    }
}

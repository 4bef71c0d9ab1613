package org.layerlab.core.tensor.grad;

import org.layerlab.core.shape.Shape;

/**
 * Reductions along one axis of a row-major array, seen as {@code (outer, length, inner)} blocks,
 * and the spreading of a reduced gradient back along that axis.
 */
final class AxisReduction {
    private final int outer;
    private final int length;
    private final int inner;
    private final long[] reducedShape;
    private final long[] keptShape;

    AxisReduction(long[] shape, int axis) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new IllegalArgumentException("axis " + axis + " is out of bounds for a tensor of shape "
                    + Shape.ofDims(shape));
        }
        int o = 1;
        for (int i = 0; i < a; i++) {
            o *= (int) shape[i];
        }
        int in = 1;
        for (int i = a + 1; i < shape.length; i++) {
            in *= (int) shape[i];
        }
        this.outer = o;
        this.length = (int) shape[a];
        this.inner = in;
        this.keptShape = shape.clone();
        keptShape[a] = 1;
        this.reducedShape = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != a) {
                reducedShape[j++] = shape[i];
            }
        }
    }

    long[] outputShape(boolean keepDims) {
        return keepDims ? keptShape.clone() : reducedShape.clone();
    }

    int length() {
        return length;
    }

    double[] sum(double[] x) {
        double[] r = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            int base = o * length * inner;
            int ro = o * inner;
            for (int k = 0; k < length; k++) {
                int xo = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    r[ro + i] += x[xo + i];
                }
            }
        }
        return r;
    }

    double[] max(double[] x) {
        double[] r = new double[outer * inner];
        java.util.Arrays.fill(r, Double.NEGATIVE_INFINITY);
        for (int o = 0; o < outer; o++) {
            int base = o * length * inner;
            int ro = o * inner;
            for (int k = 0; k < length; k++) {
                int xo = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    r[ro + i] = Math.max(r[ro + i], x[xo + i]);
                }
            }
        }
        return r;
    }

    /** {@code g * scale} of the reduced shape, repeated along the axis. */
    double[] spread(double[] g, double scale) {
        double[] d = new double[outer * length * inner];
        for (int o = 0; o < outer; o++) {
            int base = o * length * inner;
            int go = o * inner;
            for (int k = 0; k < length; k++) {
                int xo = base + k * inner;
                for (int i = 0; i < inner; i++) {
                    d[xo + i] = g[go + i] * scale;
                }
            }
        }
        return d;
    }

    /** The gradient of max: shared equally among the elements equal to the maximum, as TensorFlow does. */
    double[] maxBackward(double[] g, double[] x, double[] max) {
        double[] d = new double[x.length];
        int[] ties = new int[max.length];
        for (int o = 0; o < outer; o++) {
            int base = o * length * inner;
            for (int k = 0; k < length; k++) {
                for (int i = 0; i < inner; i++) {
                    if (x[base + k * inner + i] == max[o * inner + i]) {
                        ties[o * inner + i]++;
                    }
                }
            }
        }
        for (int o = 0; o < outer; o++) {
            int base = o * length * inner;
            for (int k = 0; k < length; k++) {
                for (int i = 0; i < inner; i++) {
                    int r = o * inner + i;
                    if (x[base + k * inner + i] == max[r]) {
                        d[base + k * inner + i] = g[r] / ties[r];
                    }
                }
            }
        }
        return d;
    }
}

package org.layerlab.core.tensor.grad;

import java.util.Arrays;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Broadcast;
import org.layerlab.core.tensor.IncompatibleShapesException;

/**
 * NumPy broadcasting over row-major {@code double[]} values: element-wise binary kernels, spreading
 * a value over a larger shape, and the reverse, summing a gradient back onto the shape an operand
 * had before it was broadcast.
 */
final class Broadcasting {
    /** The element-wise binary kernels. */
    enum Binary { ADD, SUBTRACT, MULTIPLY, DIVIDE, MAXIMUM, MINIMUM, GREATER, GREATER_EQUAL, LESS_EQUAL }

    private Broadcasting() {
    }

    static int size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IncompatibleShapesException("tensor of shape " + Shape.ofDims(shape) + " is too large");
        }
        return (int) n;
    }

    /** The broadcast shape of {@code a} and {@code b}, as NumPy defines it. */
    static long[] shape(long[] a, long[] b) {
        return Arrays.equals(a, b) ? a : Broadcast.shape(a, b);
    }

    /** {@code kind(a, b)} element-wise with broadcasting to {@code out}, the broadcast shape. */
    static double[] binary(Binary kind, double[] a, long[] aShape, double[] b, long[] bShape, long[] out) {
        int n = size(out);
        double[] result = new double[n];
        if (n == 0) {
            return result;
        }
        if (a.length == n && b.length == n) {
            row(kind, a, 0, 1, b, 0, 1, result, 0, n);
            return result;
        }
        if (b.length == 1 && a.length == n) {
            row(kind, a, 0, 1, b, 0, 0, result, 0, n);
            return result;
        }
        if (a.length == 1 && b.length == n) {
            row(kind, a, 0, 0, b, 0, 1, result, 0, n);
            return result;
        }
        int[] sa = strides(aShape, out);
        int[] sb = strides(bShape, out);
        int last = out.length - 1;
        forEachRow(out, sa, sb, (start, aOff, bOff) ->
                row(kind, a, aOff, sa[last], b, bOff, sb[last], result, start, (int) out[last]));
        return result;
    }

    /** Receives a row of a broadcast shape: its first index, and the offsets of two operands' values for it. */
    @FunctionalInterface
    interface RowVisitor {
        void row(int start, int aOffset, int bOffset);
    }

    /**
     * Visits the rows (runs along the last axis) of {@code shape} in row-major order, with the
     * offsets of two operands whose strides ({@link #strides}, 0 along broadcast axes) are given.
     */
    static void forEachRow(long[] shape, int[] sa, int[] sb, RowVisitor visitor) {
        int rank = shape.length;
        int n = size(shape);
        int inner = rank == 0 ? 1 : (int) shape[rank - 1];
        int[] counter = new int[rank];
        int aOff = 0;
        int bOff = 0;
        for (int start = 0; start < n; start += inner) {
            visitor.row(start, aOff, bOff);
            for (int d = rank - 2; d >= 0; d--) {
                counter[d]++;
                aOff += sa[d];
                bOff += sb[d];
                if (counter[d] < shape[d]) {
                    break;
                }
                aOff -= sa[d] * (int) shape[d];
                bOff -= sb[d] * (int) shape[d];
                counter[d] = 0;
            }
        }
    }

    /** {@code x} repeated over the broadcast dimensions of {@code out}. */
    static double[] expand(double[] x, long[] xShape, long[] out) {
        int n = size(out);
        if (x.length == n) {
            return x;
        }
        return binary(Binary.ADD, x, xShape, new double[] {0}, new long[0], out);
    }

    /** Sums {@code g}, of the broadcast shape {@code gShape}, over the axes that broadcasting added to {@code target}. */
    static double[] reduceTo(double[] g, long[] gShape, long[] target) {
        int n = size(target);
        if (n == g.length) {
            return g;
        }
        double[] result = new double[n];
        if (n == 1) {
            double s = 0;
            for (double v : g) {
                s += v;
            }
            result[0] = s;
            return result;
        }
        int[] st = strides(target, gShape);
        int last = gShape.length - 1;
        int inner = (int) gShape[last];
        forEachRow(gShape, st, st, (start, tOff, unused) -> {
            if (st[last] == 0) {
                double s = 0;
                for (int i = 0; i < inner; i++) {
                    s += g[start + i];
                }
                result[tOff] += s;
            } else {
                for (int i = 0; i < inner; i++) {
                    result[tOff + i] += g[start + i];
                }
            }
        });
        return result;
    }

    /** Row-major strides of {@code shape} aligned to the right of {@code out}, 0 where it is broadcast. */
    static int[] strides(long[] shape, long[] out) {
        int rank = out.length;
        int[] s = new int[rank];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            int o = i + rank - shape.length;
            s[o] = shape[i] == 1 && out[o] != 1 ? 0 : stride;
            stride *= (int) shape[i];
        }
        return s;
    }

    private static void row(Binary kind, double[] a, int ai, int as, double[] b, int bi, int bs,
            double[] out, int oi, int n) {
        switch (kind) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] + b[bi + i * bs];
                }
            }
            case SUBTRACT -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] - b[bi + i * bs];
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] * b[bi + i * bs];
                }
            }
            case DIVIDE -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] / b[bi + i * bs];
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = Math.max(a[ai + i * as], b[bi + i * bs]);
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = Math.min(a[ai + i * as], b[bi + i * bs]);
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] > b[bi + i * bs] ? 1 : 0;
                }
            }
            case GREATER_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] >= b[bi + i * bs] ? 1 : 0;
                }
            }
            case LESS_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i * as] <= b[bi + i * bs] ? 1 : 0;
                }
            }
        }
    }
}

package org.layerlab.core.tensor;

import java.util.function.DoubleBinaryOperator;

/** Plain-Java double math that tests compare the backends with, written independently of them. */
public final class ReferenceMath {
    private ReferenceMath() {
    }

    /**
     * erf by the series (2/sqrt(pi)) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)), whose terms are all
     * positive, so it keeps full double precision; beyond |x| = 6, erf is 1 to double precision.
     */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax > 6) {
            return Math.signum(x);
        }
        double term = ax;
        double sum = ax;
        for (int n = 1; term > 1e-17 * sum; n++) {
            term *= 2 * ax * ax / (2 * n + 1);
            sum += term;
        }
        return Math.signum(x) * 2 / Math.sqrt(Math.PI) * Math.exp(-ax * ax) * sum;
    }

    /** NumPy's result shape, computed axis by axis from the right. */
    public static long[] broadcastShape(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 1; i <= rank; i++) {
            long da = i <= a.length ? a[a.length - i] : 1;
            long db = i <= b.length ? b[b.length - i] : 1;
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[rank - i] = Math.max(da, db);
        }
        return out;
    }

    /** f applied to each pair of elements NumPy would pair up, row-major over the result shape. */
    public static double[] elementwise(double[] a, long[] shapeA, double[] b, long[] shapeB, DoubleBinaryOperator f) {
        long[] out = broadcastShape(shapeA, shapeB);
        double[] result = new double[(int) size(out)];
        long[] index = new long[out.length];
        for (int flat = 0; flat < result.length; flat++) {
            long rest = flat;
            for (int axis = out.length - 1; axis >= 0; axis--) {
                index[axis] = rest % out[axis];
                rest /= out[axis];
            }
            result[flat] = f.applyAsDouble(a[offset(index, shapeA)], b[offset(index, shapeB)]);
        }
        return result;
    }

    public static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** The row-major offset in an array of {@code shape} of the element a broadcast index reads. */
    private static int offset(long[] index, long[] shape) {
        int skip = index.length - shape.length;
        long flat = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            long i = shape[axis] == 1 ? 0 : index[axis + skip];
            flat = flat * shape[axis] + i;
        }
        return (int) flat;
    }
}

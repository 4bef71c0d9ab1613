package org.layerlab.core.tensor.grad;

import java.util.Arrays;
import org.layerlab.core.tensor.grad.Broadcasting.Binary;

/**
 * {@link Broadcasting}'s element-wise kernels and gradient reduction for float32 values. Each result
 * of +, -, *, /, max and min is the float32 result exactly, as the double kernels rounded to float
 * give it, but moves half the bytes and vectorises twice as wide.
 */
final class FloatBroadcasting {
    private FloatBroadcasting() {
    }

    /** {@code kind(a, b)} element-wise with broadcasting to {@code out}, the broadcast shape. */
    static float[] binary(Binary kind, float[] a, long[] aShape, float[] b, long[] bShape, long[] out) {
        int n = Broadcasting.size(out);
        float[] result = new float[n];
        if (n == 0) {
            return result;
        }
        if ((a.length == n || a.length == 1) && (b.length == n || b.length == 1)) {
            float[] x = a.length == n ? a : filled(a[0], n);
            float[] y = b.length == n ? b : filled(b[0], n);
            Chunks.run(n, (from, to) -> contiguous(kind, x, from, y, from, result, from, to - from));
            return result;
        }
        int[] sa = Broadcasting.strides(aShape, out);
        int[] sb = Broadcasting.strides(bShape, out);
        int last = out.length - 1;
        int inner = (int) out[last];
        // A value repeated along a row is spread into a scratch row, so that the kernel always runs contiguous.
        float[] rowA = sa[last] == 0 ? new float[inner] : null;
        float[] rowB = sb[last] == 0 ? new float[inner] : null;
        Broadcasting.forEachRow(out, sa, sb, (start, aOff, bOff) -> contiguous(kind, spread(a, aOff, rowA),
                rowA == null ? aOff : 0, spread(b, bOff, rowB), rowB == null ? bOff : 0, result, start, inner));
        return result;
    }

    /** {@code values} itself, or {@code row} filled with {@code values[offset]} when there is a row. */
    private static float[] spread(float[] values, int offset, float[] row) {
        if (row == null) {
            return values;
        }
        Arrays.fill(row, values[offset]);
        return row;
    }

    private static float[] filled(float value, int n) {
        float[] f = new float[n];
        Arrays.fill(f, value);
        return f;
    }

    /** Sums {@code g}, of the broadcast shape {@code gShape}, over the axes that broadcasting added to {@code target}. */
    static float[] reduceTo(float[] g, long[] gShape, long[] target) {
        int n = Broadcasting.size(target);
        if (n == g.length) {
            return g;
        }
        // Sums run in double, as the double kernels' do, and are rounded once.
        double[] sums = new double[n];
        int[] st = Broadcasting.strides(target, gShape);
        int last = gShape.length - 1;
        int inner = (int) gShape[last];
        Broadcasting.forEachRow(gShape, st, st, (start, tOff, unused) -> {
            if (st[last] == 0) {
                double s = 0;
                for (int i = 0; i < inner; i++) {
                    s += g[start + i];
                }
                sums[tOff] += s;
            } else {
                for (int i = 0; i < inner; i++) {
                    sums[tOff + i] += g[start + i];
                }
            }
        });
        return TapeTensor.narrow(sums);
    }

    /**
     * The gradient of max or min, {@code [to a, to b]}: to a where {@code test(a, b)} holds, to b
     * elsewhere. A side that needs no gradient gets null, and for a scalar side (relu's 0) the test runs
     * in one pass without a mask.
     */
    static float[][] select(Binary test, float[] g, TapeTensor a, TapeTensor b, long[] out) {
        float[] x = a.floats();
        float[] y = b.floats();
        int n = g.length;
        if (!a.requiresGrad && x.length == 1 && y.length == n) {
            float c = x[0];
            float[] toB = new float[n];
            boolean max = test == Binary.GREATER_EQUAL;
            Chunks.run(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    toB[i] = (max ? c >= y[i] : c <= y[i]) ? 0 : g[i];
                }
            });
            return new float[][] {null, toB};
        }
        float[] mask = binary(test, x, a.shapeRef(), y, b.shapeRef(), out);
        float[] toB = new float[n];
        for (int i = 0; i < n; i++) {
            float ga = mask[i] * g[i];
            toB[i] = g[i] - ga;
            mask[i] = ga;
        }
        return new float[][] {mask, toB};
    }

    private static void contiguous(Binary kind, float[] a, int ai, float[] b, int bi, float[] out, int oi, int n) {
        switch (kind) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] + b[bi + i];
                }
            }
            case SUBTRACT -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] - b[bi + i];
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] * b[bi + i];
                }
            }
            case DIVIDE -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] / b[bi + i];
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = Math.max(a[ai + i], b[bi + i]);
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = Math.min(a[ai + i], b[bi + i]);
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] > b[bi + i] ? 1 : 0;
                }
            }
            case GREATER_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] >= b[bi + i] ? 1 : 0;
                }
            }
            case LESS_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[oi + i] = a[ai + i] <= b[bi + i] ? 1 : 0;
                }
            }
        }
    }
}

package org.layerlab.core.tensor.grad;

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
        int rank = out.length;
        int[] sa = Broadcasting.strides(aShape, out);
        int[] sb = Broadcasting.strides(bShape, out);
        int inner = (int) out[rank - 1];
        int[] counter = new int[rank];
        int aOff = 0;
        int bOff = 0;
        for (int start = 0; start < n; start += inner) {
            row(kind, a, aOff, sa[rank - 1], b, bOff, sb[rank - 1], result, start, inner);
            for (int d = rank - 2; d >= 0; d--) {
                counter[d]++;
                aOff += sa[d];
                bOff += sb[d];
                if (counter[d] < out[d]) {
                    break;
                }
                aOff -= sa[d] * (int) out[d];
                bOff -= sb[d] * (int) out[d];
                counter[d] = 0;
            }
        }
        return result;
    }

    /** Sums {@code g}, of the broadcast shape {@code gShape}, over the axes that broadcasting added to {@code target}. */
    static float[] reduceTo(float[] g, long[] gShape, long[] target) {
        int n = Broadcasting.size(target);
        if (n == g.length) {
            return g;
        }
        // Sums run in double, as the double kernels' do, and are rounded once.
        double[] sums = new double[n];
        int rank = gShape.length;
        int[] st = Broadcasting.strides(target, gShape);
        int inner = rank == 0 ? 1 : (int) gShape[rank - 1];
        int innerStride = rank == 0 ? 0 : st[rank - 1];
        int[] counter = new int[rank];
        int tOff = 0;
        for (int start = 0; start < g.length; start += inner) {
            if (innerStride == 0) {
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
            for (int d = rank - 2; d >= 0; d--) {
                counter[d]++;
                tOff += st[d];
                if (counter[d] < gShape[d]) {
                    break;
                }
                tOff -= st[d] * (int) gShape[d];
                counter[d] = 0;
            }
        }
        return TapeTensor.narrow(sums);
    }

    /** The gradient of max or min: to a where {@code test(a, b)} holds, to b elsewhere; null for an operand without one. */
    static float[][] select(Binary test, float[] g, float[] a, long[] aShape, float[] b, long[] bShape, long[] out) {
        float[] mask = binary(test, a, aShape, b, bShape, out);
        float[] toB = new float[g.length];
        for (int i = 0; i < g.length; i++) {
            float ga = mask[i] * g[i];
            toB[i] = g[i] - ga;
            mask[i] = ga;
        }
        return new float[][] {mask, toB};
    }

    private static void row(Binary kind, float[] a, int ai, int as, float[] b, int bi, int bs,
            float[] out, int oi, int n) {
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

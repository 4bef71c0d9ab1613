package org.layerlab.core.tensor.grad;

import org.layerlab.core.tensor.grad.Broadcasting.Binary;

/** The backward rules of the broadcasting binary operations. */
final class BinaryGradients {
    private BinaryGradients() {
    }

    /** Passes the gradient {@code g} of {@code r = kind(a, b)}, of broadcast shape {@code out}, to a and b. */
    static void propagate(Binary kind, double[] g, TapeTensor a, TapeTensor b, TapeTensor r, long[] out) {
        switch (kind) {
            case ADD -> {
                TapeOps.pass(a, g, out);
                TapeOps.pass(b, g, out);
            }
            case SUBTRACT -> {
                TapeOps.pass(a, g, out);
                if (b.requiresGrad) {
                    TapeOps.pass(b, Unary.NEGATIVE.apply(g), out);
                }
            }
            case MULTIPLY -> {
                if (a.requiresGrad) {
                    TapeOps.pass(a, times(g, out, b), out);
                }
                if (b.requiresGrad) {
                    TapeOps.pass(b, times(g, out, a), out);
                }
            }
            case DIVIDE -> {
                if (a.requiresGrad) {
                    TapeOps.pass(a, Broadcasting.binary(Binary.DIVIDE, g, out, b.doubles(), b.shapeRef(), out), out);
                }
                if (b.requiresGrad) {
                    double[] gy = Broadcasting.binary(Binary.MULTIPLY, g, out, r.doubles(), out, out);
                    double[] d = Broadcasting.binary(Binary.DIVIDE, gy, out, b.doubles(), b.shapeRef(), out);
                    TapeOps.pass(b, Unary.NEGATIVE.apply(d), out);
                }
            }
            case MAXIMUM -> select(Binary.GREATER_EQUAL, g, a, b, out);
            case MINIMUM -> select(Binary.LESS_EQUAL, g, a, b, out);
            default -> throw new IllegalStateException(kind + " has no gradient");
        }
    }

    private static double[] times(double[] g, long[] out, TapeTensor other) {
        return Broadcasting.binary(Binary.MULTIPLY, g, out, other.doubles(), other.shapeRef(), out);
    }

    /** Routes the gradient to a where {@code test(a, b)} holds and to b elsewhere. */
    private static void select(Binary test, double[] g, TapeTensor a, TapeTensor b, long[] out) {
        double[] toA = Broadcasting.binary(test, a.doubles(), a.shapeRef(), b.doubles(), b.shapeRef(), out);
        double[] toB = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double ga = toA[i] * g[i];
            toB[i] = g[i] - ga;
            toA[i] = ga;
        }
        TapeOps.pass(a, toA, out);
        TapeOps.pass(b, toB, out);
    }
}

package org.layerlab.core.tensor.grad;

/**
 * The Gauss error function to double precision (Java has none): a series of positive terms below
 * |x| = 3, where it has no cancellation, and the continued fraction of erfc above.
 */
final class ErrorFunction {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private ErrorFunction() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r = ax < 3 ? series(ax) : 1 - complementFraction(ax);
        return Math.copySign(r, x);
    }

    /** d/dx erf(x). */
    static double derivative(double x) {
        return TWO_OVER_SQRT_PI * Math.exp(-x * x);
    }

    /** erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 * 3 * ... * (2n+1)). */
    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) for x &gt;= 3 from its continued fraction, evaluated from the tail. */
    private static double complementFraction(double x) {
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
    }
}

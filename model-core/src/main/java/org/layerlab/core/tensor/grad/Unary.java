package org.layerlab.core.tensor.grad;

/** The element-wise functions of one tensor, each with its derivative from the input x and output y. */
enum Unary {
    NEGATIVE, EXP, LOG, LOG1P, SQRT, SQUARE, ABS, TANH, SIGMOID, ERF;

    double[] apply(double[] x) {
        double[] y = new double[x.length];
        switch (this) {
            case NEGATIVE -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = -x[i];
                }
            }
            case EXP -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.exp(x[i]);
                }
            }
            case LOG -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.log(x[i]);
                }
            }
            case LOG1P -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.log1p(x[i]);
                }
            }
            case SQRT -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.sqrt(x[i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[i] * x[i];
                }
            }
            case ABS -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.abs(x[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Math.tanh(x[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = sigmoid(x[i]);
                }
            }
            case ERF -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = ErrorFunction.erf(x[i]);
                }
            }
        }
        return y;
    }

    /** The gradient with respect to x, given the gradient g of y. */
    double[] backward(double[] g, double[] x, double[] y) {
        double[] d = new double[g.length];
        switch (this) {
            case NEGATIVE -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = -g[i];
                }
            }
            case EXP -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] * y[i];
                }
            }
            case LOG -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] / x[i];
                }
            }
            case LOG1P -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] / (1 + x[i]);
                }
            }
            case SQRT -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] / (2 * y[i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = 2 * x[i] * g[i];
                }
            }
            case ABS -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = Math.signum(x[i]) * g[i];
                }
            }
            case TANH -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] * (1 - y[i] * y[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] * y[i] * (1 - y[i]);
                }
            }
            case ERF -> {
                for (int i = 0; i < g.length; i++) {
                    d[i] = g[i] * ErrorFunction.derivative(x[i]);
                }
            }
        }
        return d;
    }

    /** The logistic function without overflow for large |x|. */
    private static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }
}

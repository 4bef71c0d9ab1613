package org.layerlab.core.train;

import java.util.List;

/** A Dense stack evaluated in plain Java from copied weights, to check the engine against. */
final class PlainMlp {
    private PlainMlp() {
    }

    /** One row through Dense layers {@code layers}: {@code hidden} activation between them, {@code output} at the end. */
    static double[] forward(ModelWeights weights, double[] row, List<String> layers, String hidden, String output) {
        double[] x = row;
        for (int l = 0; l < layers.size(); l++) {
            double[] kernel = weights.find(layers.get(l) + "/kernel").orElseThrow().values();
            double[] bias = weights.find(layers.get(l) + "/bias").orElseThrow().values();
            int n = bias.length;
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                double s = bias[j];
                for (int i = 0; i < x.length; i++) {
                    s += x[i] * kernel[i * n + j];
                }
                y[j] = s;
            }
            x = activate(y, l == layers.size() - 1 ? output : hidden);
        }
        return x;
    }

    private static double[] activate(double[] y, String activation) {
        switch (activation) {
            case "relu" -> {
                for (int i = 0; i < y.length; i++) {
                    y[i] = Math.max(0, y[i]);
                }
            }
            case "softmax" -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : y) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int i = 0; i < y.length; i++) {
                    y[i] = Math.exp(y[i] - max);
                    sum += y[i];
                }
                for (int i = 0; i < y.length; i++) {
                    y[i] /= sum;
                }
            }
            default -> throw new IllegalArgumentException("no plain form of " + activation);
        }
        return y;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}

package org.layerlab.core.train;

import java.util.List;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;

/** Keras 3's gradient clipping by norm per weight, by global norm, or by value. */
final class GradientClipping {
    private GradientClipping() {
    }

    static void clip(List<double[]> grads, List<Weight> weights, Double clipnorm, Double globalClipnorm,
            Double clipvalue) {
        if (clipnorm != null && clipnorm > 0) {
            for (int i = 0; i < grads.size(); i++) {
                double[] g = grads.get(i);
                double norm = Math.sqrt(sumOfSquares(g));
                scale(g, clipnorm / Math.max(norm, clipnorm), weights.get(i));
            }
        } else if (globalClipnorm != null && globalClipnorm > 0) {
            double total = 0;
            for (double[] g : grads) {
                total += sumOfSquares(g);
            }
            double norm = Math.sqrt(total);
            double factor = globalClipnorm * Math.min(1 / norm, 1 / globalClipnorm);
            for (int i = 0; i < grads.size(); i++) {
                scale(grads.get(i), factor, weights.get(i));
            }
        } else if (clipvalue != null && clipvalue > 0) {
            for (double[] g : grads) {
                for (int j = 0; j < g.length; j++) {
                    g[j] = Math.min(Math.max(g[j], -clipvalue), clipvalue);
                }
            }
        }
    }

    private static double sumOfSquares(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return s;
    }

    private static void scale(double[] g, double factor, Weight w) {
        boolean single = w.dtype() != DType.FLOAT64;
        for (int j = 0; j < g.length; j++) {
            g[j] = single ? (float) (g[j] * factor) : g[j] * factor;
        }
    }
}

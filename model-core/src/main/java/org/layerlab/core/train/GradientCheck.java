package org.layerlab.core.train;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.TapeOps;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * Compares the backend's gradients with central finite differences, weight element by weight
 * element, so that a layer author can check that a layer trains correctly. Needs float64 weights:
 * in float32 the differences drown in rounding.
 */
public final class GradientCheck {
    /** Absolute differences below this are treated as agreement: both sides are then just rounding noise. */
    public static final double NOISE = 1e-10;

    /** The largest relative error found, and where. */
    public record Result(double maxRelativeError, String worst) {
    }

    private GradientCheck() {
    }

    /**
     * Checks the gradients of the scalar {@code loss} with respect to {@code weights}. The function
     * is called once to record and twice per weight element; it must compute the same value for the
     * same weights each time (give random operations a fixed seed).
     */
    public static Result check(List<? extends Variable> weights, Function<Ops, Tensor> loss, double step) {
        for (Variable w : weights) {
            if (w.dtype() != DType.FLOAT64) {
                throw new IllegalArgumentException("gradient check of " + w.path() + " needs a float64 weight, got "
                        + w.dtype().kerasName());
            }
        }
        TapeBackend backend = new TapeBackend(new WeightStore());
        TapeOps recording = backend.recording(weights);
        Map<Variable, double[]> analytic = recording.gradients(loss.apply(recording));
        WeightStore store = backend.weights();
        double worstError = 0;
        String worst = null;
        for (Variable w : weights) {
            double[] values = store.values(w);
            double[] grad = analytic.get(w);
            for (int i = 0; i < values.length; i++) {
                double original = values[i];
                values[i] = original + step;
                double plus = value(loss, backend);
                values[i] = original - step;
                double minus = value(loss, backend);
                values[i] = original;
                double numeric = (plus - minus) / (2 * step);
                double a = grad == null ? 0 : grad[i];
                double error = relativeError(a, numeric);
                if (worst == null || error > worstError) {
                    worstError = error;
                    worst = w.path() + "[" + i + "]: analytic " + a + ", numeric " + numeric;
                }
            }
        }
        return new Result(worstError, worst == null ? "no weight elements" : worst);
    }

    private static double value(Function<Ops, Tensor> loss, TapeBackend backend) {
        Ops ops = backend.eager();
        return ops.values(loss.apply(ops))[0];
    }

    static double relativeError(double a, double b) {
        double diff = Math.abs(a - b);
        if (diff < NOISE) {
            return 0;
        }
        return diff / Math.max(Math.abs(a), Math.abs(b));
    }
}

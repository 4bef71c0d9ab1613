package org.layerlab.core.tensor.grad;

import java.util.IdentityHashMap;
import java.util.Map;
import org.layerlab.core.tensor.Variable;

/**
 * The gradients of a tape's weights, each in its weight's precision: float32 weights get float32
 * gradients, which an optimiser uses without converting them.
 */
public final class Gradients {
    private final Map<Variable, Object> values = new IdentityHashMap<>();

    /** Gradients given in double precision (an optimiser test's, say). */
    public static Gradients of(Map<? extends Variable, double[]> doubles) {
        Gradients g = new Gradients();
        g.values.putAll(doubles);
        return g;
    }

    void put(Variable weight, float[] gradient) {
        values.put(weight, gradient);
    }

    void put(Variable weight, double[] gradient) {
        values.put(weight, gradient);
    }

    public boolean has(Variable weight) {
        return values.containsKey(weight);
    }

    /** The gradient as floats: the array itself when it is float32, else a rounded copy. */
    public float[] floats(Variable weight) {
        Object g = values.get(weight);
        return g instanceof float[] f ? f : TapeTensor.narrow((double[]) g);
    }

    /** The gradient in double precision: the array itself when it is, else a widened copy. */
    public double[] doubles(Variable weight) {
        Object g = values.get(weight);
        return g instanceof double[] d ? d : TapeTensor.widen((float[]) g);
    }

    /** Every gradient in double precision. */
    public Map<Variable, double[]> toDoubles() {
        Map<Variable, double[]> all = new IdentityHashMap<>();
        for (Variable w : values.keySet()) {
            all.put(w, doubles(w));
        }
        return all;
    }
}

package org.layerlab.core.tensor.grad;

import java.util.IdentityHashMap;
import java.util.Map;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.NdDataTypes;
import org.layerlab.core.tensor.Variable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The working values of weights while the backend computes with them: read from
 * {@link Variable#value()} on first use, changed in place by optimisers, and written back to the
 * weights by {@link #writeBack()}. Keeping them here saves a native copy of every weight at each step.
 */
public final class WeightStore {
    private final Map<Variable, double[]> values = new IdentityHashMap<>();

    /** The current values of {@code weight}, row-major; the array is live, so changes are seen by the next read. */
    public double[] values(Variable weight) {
        double[] v = values.get(weight);
        if (v == null) {
            v = weight.value().castTo(DataType.DOUBLE).dup('c').data().asDouble();
            Rounding.roundInPlace(v, Rounding.requireSupported(weight.dtype()));
            values.put(weight, v);
        }
        return v;
    }

    /** Replaces the values of {@code weight}, rounded to its dtype. */
    public void set(Variable weight, double[] newValues) {
        if (newValues.length != weight.size()) {
            throw new IllegalArgumentException("weight \"" + weight.path() + "\" has " + weight.size()
                    + " values but was given " + newValues.length);
        }
        double[] v = newValues.clone();
        Rounding.roundInPlace(v, weight.dtype());
        values.put(weight, v);
    }

    /** Copies the working values into the weights, so that saving and inference see them. */
    public void writeBack() {
        for (Map.Entry<Variable, double[]> e : values.entrySet()) {
            Variable w = e.getKey();
            DType dtype = w.dtype();
            w.assign(Nd4j.create(e.getValue(), w.shape().toArray(), NdDataTypes.toNd4j(dtype)));
        }
    }
}

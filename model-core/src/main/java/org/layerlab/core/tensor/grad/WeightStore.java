package org.layerlab.core.tensor.grad;

import java.util.IdentityHashMap;
import java.util.Map;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.NdDataTypes;
import org.layerlab.core.tensor.Variable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The working values of weights while the backend computes with them: read from
 * {@link Variable#value()} on first use, changed in place by optimisers, and written back to the
 * weights by {@link #writeBack()}. Keeping them here saves a native copy of every weight at each step.
 * A float32 weight's values are a {@code float[]}, any other's a {@code double[]} rounded to its dtype.
 *
 * <p>A weight that goes into a BLAS product also has a native copy, refreshed at most once per
 * pass ({@link #nextPass()}): values change between passes only, so a weight used by several
 * products of a pass (forward and backward) crosses into native memory once.
 */
public final class WeightStore {
    private final Map<Variable, Object> values = new IdentityHashMap<>();
    private final Map<Variable, INDArray> nativeCopies = new IdentityHashMap<>();
    private final Map<Variable, Long> nativePass = new IdentityHashMap<>();
    private long pass;

    /** Whether {@code weight} is float32, kept as floats. */
    public boolean isSingle(Variable weight) {
        return weight.dtype() == DType.FLOAT32;
    }

    /**
     * The current values of {@code weight}, row-major. For a weight of any dtype but float32 the
     * array is live: changes are seen by the next read. For a float32 weight it is a copy; use
     * {@link #floats}.
     */
    public double[] values(Variable weight) {
        if (isSingle(weight)) {
            return TapeTensor.widen(floats(weight));
        }
        Object v = values.get(weight);
        if (v == null) {
            double[] d = weight.value().castTo(DataType.DOUBLE).dup('c').data().asDouble();
            Rounding.roundInPlace(d, Rounding.requireSupported(weight.dtype()));
            values.put(weight, d);
            return d;
        }
        return (double[]) v;
    }

    /** The live values of a float32 weight. */
    public float[] floats(Variable weight) {
        if (!isSingle(weight)) {
            throw new IllegalArgumentException("weight \"" + weight.path() + "\" is " + weight.dtype().kerasName()
                    + ", not float32");
        }
        Object v = values.get(weight);
        if (v == null) {
            float[] f = weight.value().castTo(DataType.FLOAT).dup('c').data().asFloat();
            values.put(weight, f);
            return f;
        }
        return (float[]) v;
    }

    /** Replaces the values of {@code weight}, rounded to its dtype. */
    public void set(Variable weight, double[] newValues) {
        if (newValues.length != weight.size()) {
            throw new IllegalArgumentException("weight \"" + weight.path() + "\" has " + weight.size()
                    + " values but was given " + newValues.length);
        }
        if (isSingle(weight)) {
            values.put(weight, TapeTensor.narrow(newValues));
        } else {
            double[] v = newValues.clone();
            Rounding.roundInPlace(v, weight.dtype());
            values.put(weight, v);
        }
    }

    /** Copies the working values of {@code weight} into {@code into}: a float[] for a float32 weight, else a double[]. */
    public void copyTo(Variable weight, Object into) {
        Object v = isSingle(weight) ? floats(weight) : values(weight);
        System.arraycopy(v, 0, into, 0, (int) weight.size());
    }

    /** Sets the working values of {@code weight} from a copy {@link #copyTo} made. */
    public void copyFrom(Variable weight, Object from) {
        Object v = isSingle(weight) ? floats(weight) : values(weight);
        System.arraycopy(from, 0, v, 0, (int) weight.size());
    }

    /** Starts a new pass: values may have changed since the last, so native copies are stale. */
    void nextPass() {
        pass++;
    }

    /** A native float32 copy of a float32 weight's values, (rows, cols), current for this pass. */
    INDArray nativeFloats(Variable weight, int rows, int cols) {
        INDArray copy = nativeCopies.get(weight);
        if (copy == null) {
            copy = Nd4j.create(DataType.FLOAT, rows, cols);
            nativeCopies.put(weight, copy);
        }
        Long at = nativePass.get(weight);
        if (at == null || at != pass) {
            Nd4jGemm.put(copy, floats(weight));
            nativePass.put(weight, pass);
        }
        return copy;
    }

    /** Copies the working values into the weights, so that saving and inference see them. */
    public void writeBack() {
        for (Map.Entry<Variable, Object> e : values.entrySet()) {
            Variable w = e.getKey();
            DType dtype = w.dtype();
            long[] shape = w.shape().toArray();
            double[] v = e.getValue() instanceof float[] f ? TapeTensor.widen(f) : (double[]) e.getValue();
            w.assign(Nd4j.create(v, shape, NdDataTypes.toNd4j(dtype)));
        }
    }
}

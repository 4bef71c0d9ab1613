package org.layerlab.core.tensor.grad;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.ArrayVariable;
import org.layerlab.core.tensor.NdDataTypes;
import org.layerlab.core.tensor.Variable;
import org.nd4j.linalg.factory.Nd4j;

/** Variables of any shape, so tests can differentiate with respect to them. */
public final class Parameters {
    private Parameters() {
    }

    /** Variables of the given shapes with values of magnitude 0.2 to 1.5 and random sign, away from kinks at 0. */
    public static List<Variable> create(DType dtype, long seed, long[]... shapes) {
        List<Variable> variables = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < shapes.length; i++) {
            long n = 1;
            for (long d : shapes[i]) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int j = 0; j < v.length; j++) {
                double magnitude = 0.2 + 1.3 * rng.nextDouble();
                v[j] = rng.nextBoolean() ? magnitude : -magnitude;
            }
            variables.add(variable("params/p" + i, dtype, v, shapes[i]));
        }
        return variables;
    }

    /** One variable with the given values. */
    public static Variable withValues(DType dtype, double[] values, long... shape) {
        return variable("params/w", dtype, values, shape);
    }

    private static Variable variable(String path, DType dtype, double[] values, long[] shape) {
        return new ArrayVariable(path, Nd4j.create(values.clone(), shape, NdDataTypes.toNd4j(dtype)), dtype);
    }

    /** Random constant values in [-1, 1) for weighting an output before summing it. */
    public static double[] randomValues(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble(-1, 1);
        }
        return v;
    }
}

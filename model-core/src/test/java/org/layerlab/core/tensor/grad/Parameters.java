package org.layerlab.core.tensor.grad;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/** A layer that only owns weights, so tests can differentiate with respect to tensors of any shape. */
public final class Parameters extends Layer {
    private Parameters(DType dtype) {
        super(Config.builder().put("name", "params").put("dtype", dtype.kerasName()).build());
    }

    @Override
    public String className() {
        return "Parameters";
    }

    /** Weights of the given shapes with values of magnitude 0.2 to 1.5 and random sign, away from kinks at 0. */
    public static List<Weight> create(DType dtype, long seed, long[]... shapes) {
        Parameters layer = new Parameters(dtype);
        List<Weight> weights = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < shapes.length; i++) {
            Weight w = layer.addWeight("p" + i, Shape.ofDims(shapes[i]), AWAY_FROM_ZERO, null, null, true);
            w.initialize(rng);
            weights.add(w);
        }
        return weights;
    }

    /** One weight with the given values. */
    public static Weight withValues(DType dtype, double[] values, long... shape) {
        Parameters layer = new Parameters(dtype);
        Weight w = layer.addWeight("w", Shape.ofDims(shape), new Initializer() {
            @Override
            public double[] generate(long[] s, DType d, RandomGenerator rng) {
                return values.clone();
            }

            @Override
            public String className() {
                return "Given";
            }

            @Override
            public Config config() {
                return Config.empty();
            }
        }, null, null, true);
        w.initialize(new SplittableRandom(0));
        return w;
    }

    private static final Initializer AWAY_FROM_ZERO = new Initializer() {
        @Override
        public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int i = 0; i < v.length; i++) {
                double magnitude = 0.2 + 1.3 * rng.nextDouble();
                v[i] = rng.nextBoolean() ? magnitude : -magnitude;
            }
            return v;
        }

        @Override
        public String className() {
            return "AwayFromZero";
        }

        @Override
        public Config config() {
            return Config.empty();
        }
    };

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

package org.layerlab.core.layer.noise;

import java.util.SplittableRandom;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.tensor.Tensor;

/**
 * Normal noise in the shape of a tensor, from the layer's own seed when it has one, else from the
 * context's seeds, so a seeded training run repeats. The noise is a constant: no gradient flows into it.
 */
final class NormalSamples {
    private final SplittableRandom own;

    NormalSamples(Long seed) {
        this.own = seed == null ? null : new SplittableRandom(seed);
    }

    Tensor draw(Tensor like, double mean, double stddev, CallContext context) {
        SplittableRandom rng = new SplittableRandom(own != null ? own.nextLong() : context.nextSeed());
        long[] shape = like.shape();
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] values = new double[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = mean + stddev * rng.nextGaussian();
        }
        return context.ops().constant(values, shape, like.dtype());
    }
}

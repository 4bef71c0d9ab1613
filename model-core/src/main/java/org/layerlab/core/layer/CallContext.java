package org.layerlab.core.layer;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * What a layer's {@code call} gets besides its inputs: the operations of the current backend,
 * whether it runs in training (Keras's {@code training} argument) and the source of seeds for layers
 * that draw random numbers without a seed of their own, so a seeded training run repeats exactly.
 */
public record CallContext(Ops ops, boolean training, RandomGenerator seeds) {

    /** A context for inference, where no layer draws random numbers. */
    public static CallContext inference(Ops ops) {
        return new CallContext(ops, false, new SplittableRandom(0));
    }

    /** The current value of one of this layer's weights. */
    public Tensor read(Weight weight) {
        return ops.read(weight);
    }

    /** A fresh seed for a random operation. */
    public long nextSeed() {
        return seeds.nextLong();
    }
}

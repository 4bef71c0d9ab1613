package org.layerlab.core.layer;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * What a layer's {@code call} gets besides its inputs: the operations of the current backend,
 * whether it runs in training (Keras's {@code training} argument), the source of seeds for layers
 * that draw random numbers without a seed of their own, so a seeded training run repeats exactly,
 * and where a layer's updates of its non-trainable weights go (Keras's {@code assign} in {@code call},
 * as BatchNormalization's moving statistics).
 */
public record CallContext(Ops ops, boolean training, RandomGenerator seeds, WeightUpdates updates) {

    /** A context whose weight updates are dropped: for a forward pass that must not change the model. */
    public CallContext(Ops ops, boolean training, RandomGenerator seeds) {
        this(ops, training, seeds, WeightUpdates.DROPPED);
    }

    /** A context for inference, where no layer draws random numbers or updates a weight. */
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

    /**
     * Gives a non-trainable weight a new value once the step is done (reads in this pass still see the
     * old one); no gradient flows through the update.
     */
    public void update(Weight weight, Tensor newValue) {
        updates.assign(weight, newValue);
    }
}

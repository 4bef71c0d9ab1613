package org.layerlab.core.layer;

import org.layerlab.core.tensor.Tensor;

/**
 * Where the new values go that layers give their non-trainable weights in a training pass: the
 * training step applies them after the optimiser's update, as Keras applies a layer's updates after
 * the forward pass.
 */
@FunctionalInterface
public interface WeightUpdates {
    /** Drops every update: for passes that must leave the model as it is. */
    WeightUpdates DROPPED = (weight, value) -> { };

    void assign(Weight weight, Tensor value);
}

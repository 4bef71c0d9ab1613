package org.layerlab.core.function;

import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** An activation, stored in a layer config under its Keras name, for example {@code "relu"}. */
public interface ActivationFunction {
    /** The Keras name, for example {@code relu} or {@code leaky_relu}. */
    String name();

    Tensor apply(Tensor x, Ops ops);
}

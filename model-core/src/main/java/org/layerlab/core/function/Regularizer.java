package org.layerlab.core.function;

import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** A penalty added to the training loss for a weight or a layer's output. */
public interface Regularizer extends KerasObject {
    /** The scalar penalty for {@code x}. */
    Tensor penalty(Tensor x, Ops ops);
}

package org.layerlab.core.tensor;

import org.layerlab.core.shape.DType;

/**
 * A value flowing through a layer's {@code call}. Opaque on purpose: a layer only combines tensors
 * through {@link Ops}, so the same {@code call} runs eagerly for inference and under automatic
 * differentiation for training, as Keras 3 layers do with {@code keras.ops}.
 */
public interface Tensor {
    /** The concrete shape of this value, batch dimension first. */
    long[] shape();

    DType dtype();

    default int rank() {
        return shape().length;
    }
}

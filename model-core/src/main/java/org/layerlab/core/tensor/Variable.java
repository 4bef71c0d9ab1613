package org.layerlab.core.tensor;

import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A named value that operations read as a tensor and training changes: a layer's weight, or any
 * value a gradient is wanted for. The backends know it by this interface only, so the tensor code
 * does not depend on layers.
 */
public interface Variable {
    /** A name for messages, {@code layer/weight} for a layer's weight. */
    String path();

    Shape shape();

    DType dtype();

    default long size() {
        return shape().size();
    }

    /** The current values. */
    INDArray value();

    /** Replaces the values; the shape must match. */
    void assign(INDArray newValue);
}

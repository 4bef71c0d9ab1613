package org.layerlab.core.layer;

/** The Keras forms a layer config is written in. */
public enum KerasDialect {
    /** tf.keras 2 {@code model.to_json()}, which TensorFlow.js reads too. */
    KERAS_2,
    /** Keras 3 {@code model.to_json()}. */
    KERAS_3,
    /** The keyword arguments of the layer's constructor in a Keras 3 Python script. */
    PYTHON
}

package org.layerlab.core.layer;

/** Where the editor's palette shows a layer type; Keras's documentation groups layers the same way. */
public enum LayerGroup {
    CORE,
    MERGE,
    NORMALIZATION,
    SHAPE,
    NOISE,
    ACTIVATION,
    CUSTOM
}

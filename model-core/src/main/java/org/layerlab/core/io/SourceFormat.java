package org.layerlab.core.io;

/** The format a model description was read from. */
public enum SourceFormat {
    KERAS_1("Keras 1 JSON"),
    KERAS_2("Keras 2 JSON"),
    KERAS_3("Keras 3 JSON"),
    /** The {@code config.json} inside a Keras 3 {@code .keras} archive. */
    KERAS_3_ARCHIVE("Keras 3 .keras archive"),
    TFJS_LAYERS_MODEL("TensorFlow.js layers model"),
    /** Built by LayerLab itself rather than read from a file. */
    LAYERLAB("LayerLab model");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** A name for people, for example {@code Keras 2 JSON}. */
    public String label() {
        return label;
    }
}

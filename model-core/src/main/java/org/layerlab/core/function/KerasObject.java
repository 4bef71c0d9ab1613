package org.layerlab.core.function;

import org.layerlab.core.config.Config;

/**
 * A named function object that Keras serialises as {@code {"class_name": ..., "config": {...}}}.
 */
public interface KerasObject {
    /** The Keras class name, for example {@code GlorotUniform} or {@code L1L2}. */
    String className();

    /** The Keras config of this object (for example {@code {"seed": null}}). */
    Config config();
}

package org.layerlab.core.io;

import java.nio.file.Path;

/**
 * The reference files the tests read, copied into the repository so that any clone runs them:
 * {@code src/test/fixtures/keras-json} (real model JSON written by Keras and TensorFlow.js, with its
 * README and SOURCES.tsv) and {@code src/test/fixtures/keras-format-examples}. Paths are relative to
 * the module, which is where Maven runs the tests.
 */
public final class SharedFiles {
    private static final Path ROOT = Path.of("src", "test", "fixtures");

    private SharedFiles() {
    }

    public static Path kerasFixture(String fileName) {
        return ROOT.resolve("keras-json").resolve(fileName).toAbsolutePath();
    }

    static Path formatExample(String fileName) {
        return ROOT.resolve("keras-format-examples").resolve(fileName).toAbsolutePath();
    }
}

package org.layerlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files the command tests read: this package's test resources, the bundled data sets (on the class
 * path from the resources module) and the real Keras fixtures kept in model-core's tests.
 */
final class TestFiles {
    private TestFiles() {
    }

    /** A resource of this package, copied into {@code folder} so that commands get a real path. */
    static Path resource(String name, Path folder) {
        return copy("org/layerlab/app/cli/" + name, folder.resolve(name));
    }

    /** A bundled data set's CSV, copied into {@code folder}. */
    static Path dataset(String file, Path folder) {
        return copy("layerlab/datasets/" + file, folder.resolve(file));
    }

    /** A model of the Examples menu, from the resources module, copied into {@code folder}. */
    static Path example(String file, Path folder) {
        return copy("layerlab/examples/" + file, folder.resolve(file));
    }

    /** A real Keras or TF.js file from the fixtures kept in model-core's tests. */
    static Path kerasFixture(String name) {
        return Path.of("..", "model-core", "src", "test", "fixtures", "keras-json", name).toAbsolutePath().normalize();
    }

    private static Path copy(String resource, Path target) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

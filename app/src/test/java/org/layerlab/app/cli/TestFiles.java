package org.layerlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files the command tests read: this package's test resources, the bundled data sets (on the class
 * path from the resources module) and the shared Keras fixtures ({@code shared/fixtures/keras-json}, the
 * {@code layerlab.shared} property or the nearest {@code shared} folder above the working directory).
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

    static Path kerasFixture(String name) {
        return sharedRoot().resolve("fixtures").resolve("keras-json").resolve(name);
    }

    private static Path sharedRoot() {
        String property = System.getProperty("layerlab.shared");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("fixtures").resolve("keras-json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/fixtures/keras-json above " + Path.of("").toAbsolutePath()
                + "; set -Dlayerlab.shared=<path>");
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

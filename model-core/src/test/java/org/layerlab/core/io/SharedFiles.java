package org.layerlab.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared reference folder ({@code shared/}, beside the repository clone): the
 * {@code layerlab.shared} system property when set, else the nearest {@code shared} folder holding
 * {@code fixtures/keras-json} among the working directory's ancestors ({@code ../../shared} from the
 * module in CI).
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path root() {
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

    public static Path kerasFixture(String fileName) {
        return root().resolve("fixtures").resolve("keras-json").resolve(fileName);
    }

    static Path formatExample(String fileName) {
        return root().resolve("docs").resolve("keras-format-examples").resolve(fileName);
    }
}

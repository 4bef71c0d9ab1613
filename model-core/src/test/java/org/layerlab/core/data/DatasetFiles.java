package org.layerlab.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the bundled CSV files for tests, which run without the resources module on the class path.
 * Public for the training tests, which learn from the bundled tables.
 */
public final class DatasetFiles {
    /** Module dir is the working directory: the repo's resources/datasets, else shared/ beside the repo. */
    private static final List<Path> CANDIDATES = List.of(Path.of("..", "resources", "datasets"), Path.of("..", "..", "shared", "datasets"));

    private DatasetFiles() {
    }

    static Path folder() {
        return CANDIDATES.stream()
                .filter(p -> Files.isRegularFile(p.resolve("iris.csv")))
                .findFirst()
                .orElseThrow(() -> new UncheckedIOException(new IOException("no datasets folder among " + CANDIDATES)));
    }

    /** Opens "layerlab/datasets/NAME" from the folder, like the class path would. */
    public static ResourceOpener opener() {
        Path dir = folder();
        return path -> {
            Path file = dir.resolve(path.substring(BundledDatasets.RESOURCE_FOLDER.length()));
            return path.startsWith(BundledDatasets.RESOURCE_FOLDER) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        };
    }

    static CsvTable csv(String source, String text) {
        return CsvReader.parse(source, new StringReader(text));
    }
}

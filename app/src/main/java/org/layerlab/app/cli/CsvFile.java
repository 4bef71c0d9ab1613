package org.layerlab.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.core.data.CsvReader;
import org.layerlab.core.data.CsvTable;

/**
 * Reads a CSV file given on the command line. Unlike {@link CsvReader#read}, a file that cannot be read
 * stays an {@link IOException} (exit code 2, as for model files); bad content is a
 * {@link org.layerlab.core.data.DataException} naming the line and column.
 */
final class CsvFile {
    private CsvFile() {
    }

    static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvReader.parse(file.toString(), in);
        }
    }
}

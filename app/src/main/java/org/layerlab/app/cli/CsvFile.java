package org.layerlab.app.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.CsvReader;
import org.layerlab.core.data.CsvTable;

/**
 * Reads a CSV file given on the command line. A file that cannot be read (missing, a folder, not UTF-8)
 * is an {@link IOException}, exit code 2 as for model files; bad content is a
 * {@link org.layerlab.core.data.DataException} naming the line and column.
 */
final class CsvFile {
    private CsvFile() {
    }

    static CsvTable read(Path file) throws IOException {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        if (Files.isDirectory(file)) {
            throw new InputFileException(messages.text("error.folderNotCsv", file));
        }
        // Decoded whole, so that a byte that is not UTF-8 is found at its own line; a reader's read-ahead
        // would report it lines before.
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(bytes);
        } catch (CharacterCodingException e) {
            throw new InputFileException(messages.text("error.notUtf8", file, Integer.toString(lineAt(bytes))));
        }
        return CsvReader.parse(file.toString(), new StringReader(text.toString()));
    }

    /** The 1-based line of the buffer's position, where the decoder stopped at the bad bytes. */
    private static int lineAt(ByteBuffer bytes) {
        int line = 1;
        for (int i = 0; i < bytes.position(); i++) {
            if (bytes.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

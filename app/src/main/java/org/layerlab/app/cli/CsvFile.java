package org.layerlab.app.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.ColumnarTable;
import org.layerlab.core.data.DataException;

/**
 * Reads a CSV file given on the command line, by columns. A file that cannot be read (missing, a folder, not UTF-8)
 * is an {@link IOException}, exit code 2 as for model files; bad content is a
 * {@link org.layerlab.core.data.DataException} naming the line and column.
 */
final class CsvFile {
    private CsvFile() {
    }

    /**
     * Reads a table by columns, as a stream: the file is never held whole, nor a string per
     * cell. Progress shows on a terminal while it loads.
     */
    static ColumnarTable readColumns(Path file, LoadingProgress progress) throws IOException {
        Messages messages = Messages.load(Messages.CLI_BUNDLE);
        if (Files.isDirectory(file)) {
            throw new InputFileException(messages.text("error.folderNotCsv", file));
        }
        long size = Files.isRegularFile(file) ? Files.size(file) : -1;
        String name = String.valueOf(file.getFileName());
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        try (InputStream in = progress.counting(Files.newInputStream(file), name, size);
                Reader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16)) {
            return ColumnarTable.read(file.toString(), reader);
        } catch (DataException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, messages);
            }
            throw e;
        }
    }

    /** A file that is not UTF-8, named with the line of its first bad byte when the file can be read again. */
    private static InputFileException notUtf8(Path file, Messages messages) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new InputFileException(messages.text("error.notUtf8", file, "?"));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            for (int n; (n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0; ) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                int start = bytes.position();
                CoderResult result = utf8.decode(bytes, chars, false);
                for (int i = start; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    break;
                }
                bytes.compact();
                chars.clear();
            }
        }
        return new InputFileException(messages.text("error.notUtf8", file, Integer.toString(line)));
    }
}

package org.layerlab.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a model or project from a stream that can be read only once (a pipe, {@code /dev/stdin}, a
 * device): the first bytes are looked at with {@code mark}/{@code reset}, never consumed, and a stream that
 * is neither JSON nor a zip archive, or goes on past the limit, is refused before it fills the memory.
 */
final class StreamInput {
    private static final int HEAD = 4;
    private static final int EARLY = 1024;

    private StreamInput() {
    }

    /** Whether the stream starts like a zip archive; the stream, which must support mark, is left where it was. */
    static boolean startsZip(InputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return KerasArchive.looksLikeZip(head);
    }

    /**
     * All of a JSON stream, at most {@code max} bytes.
     *
     * @throws UnsupportedFormatException when the first byte that is not white space cannot start JSON
     * @throws LimitExceededException when the stream holds more than {@code max} bytes
     */
    static byte[] readJson(String label, InputStream in, long max, BoundedJson json) throws IOException {
        in.mark(EARLY);
        byte[] head = in.readNBytes(EARLY);
        in.reset();
        for (byte b : head) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            if (b != '{' && b != '[' && b != '"' && (b & 0xff) != 0xEF) {
                throw new UnsupportedFormatException(label, "not a model file: it is neither JSON nor a zip archive");
            }
            break;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                throw json.tooLarge(label, total);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Whether {@code text}, quoted, appears in the first kilobyte: how a project says what it is. */
    static boolean mentionsEarly(byte[] content, String text) {
        int n = Math.min(content.length, EARLY);
        return new String(content, 0, n, StandardCharsets.UTF_8).contains("\"" + text + "\"");
    }
}

package org.layerlab.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import org.layerlab.app.i18n.Messages;

/**
 * How far a large file has been read, as one line redrawn in place on a terminal (at most ten times a
 * second, and only for files that take a moment): {@code loading big.csv  45% (38 of 84 MB)}.
 */
final class LoadingProgress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long WORTH_SHOWING = 8L << 20;

    private final Optional<PrintWriter> terminal;
    private final Messages messages;

    /** @param terminal where to draw, empty when the output is not a terminal */
    LoadingProgress(Optional<PrintWriter> terminal, Messages messages) {
        this.terminal = terminal;
        this.messages = messages;
    }

    /** The stream, counted as it is read; {@code size} is the file's length, or -1 when unknown. */
    InputStream counting(InputStream in, String name, long size) {
        if (terminal.isEmpty() || size < WORTH_SHOWING) {
            return in;
        }
        PrintWriter out = terminal.get();
        return new FilterInputStream(in) {
            private long read;
            private long lastDraw;
            private int drawn;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] bytes, int off, int len) throws IOException {
                int n = super.read(bytes, off, len);
                count(n);
                return n;
            }

            private void count(int n) {
                if (n < 0) {
                    clear();
                    return;
                }
                read += n;
                long now = System.nanoTime();
                if (now - lastDraw >= REDRAW_NANOS) {
                    lastDraw = now;
                    String text = messages.text("data.loading", name, Long.toString(100 * read / size),
                            Long.toString(read >> 20), Long.toString(size >> 20));
                    out.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
                    out.flush();
                    drawn = text.length();
                }
            }

            private void clear() {
                if (drawn > 0) {
                    out.print("\r" + " ".repeat(drawn) + "\r");
                    out.flush();
                    drawn = 0;
                }
            }

            @Override
            public void close() throws IOException {
                clear();
                super.close();
            }
        };
    }
}

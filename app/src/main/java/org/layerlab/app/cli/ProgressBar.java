package org.layerlab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.train.TrainingEvent;

/**
 * The batches of the current epoch as a bar redrawn in place with {@code \r}, for a terminal only: piped
 * output would fill up with partial lines. Redrawn at most every 50 ms, since small batches finish far
 * faster than a terminal needs.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 50_000_000L;

    private final PrintWriter terminal;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private long lastDraw;
    private int drawnLength;

    ProgressBar(PrintWriter terminal, Messages messages) {
        this(terminal, messages, System::nanoTime);
    }

    /** @param nanoTime the clock that spaces the redraws */
    ProgressBar(PrintWriter terminal, Messages messages, LongSupplier nanoTime) {
        this.terminal = terminal;
        this.messages = messages;
        this.nanoTime = nanoTime;
    }

    void batchEnded(TrainingEvent.BatchEnded b) {
        long now = nanoTime.getAsLong();
        if (drawnLength > 0 && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String text = render(b);
        terminal.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
        terminal.flush();
        drawnLength = text.length();
    }

    /** Blanks the bar, so the next line starts on a clean line. */
    void clear() {
        if (drawnLength > 0) {
            terminal.print("\r" + " ".repeat(drawnLength) + "\r");
            terminal.flush();
            drawnLength = 0;
        }
    }

    String render(TrainingEvent.BatchEnded b) {
        int done = (int) ((long) WIDTH * b.batch() / b.batches());
        String bar = "=".repeat(done) + (done < WIDTH ? ">" + " ".repeat(WIDTH - done - 1) : "");
        return messages.text("train.progress", Integer.toString(b.epoch()), bar, Integer.toString(b.batch()),
                Integer.toString(b.batches()), String.format(Locale.ROOT, "%.4f", b.epochSoFar().loss()));
    }
}

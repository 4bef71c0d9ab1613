package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.train.TrainingEvent;

class ProgressBarTest {
    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(terminal), Messages.load(Messages.CLI_BUNDLE), now::get);

    private static TrainingEvent.BatchEnded batch(int batch, int batches) {
        return new TrainingEvent.BatchEnded(2, batch, batches, 0.5, new TrainingEvent.Scores(0.25, Map.of()));
    }

    @Test
    void theBarFillsInProportionToTheBatchesDone() {
        // 15 of 30 batches: half of the 30 columns done, then the arrow head.
        assertThat(bar.render(batch(15, 30)))
                .isEqualTo("epoch 2 [" + "=".repeat(15) + ">" + " ".repeat(14) + "] 15/30  loss 0.2500");
        assertThat(bar.render(batch(30, 30))).contains("[" + "=".repeat(30) + "] 30/30");
    }

    @Test
    void drawsInPlaceAndClearsItsOwnWidth() {
        bar.batchEnded(batch(1, 30));
        String drawn = terminal.toString();

        bar.clear();

        assertThat(drawn).startsWith("\r").doesNotContain("\n");
        String cleared = terminal.toString().substring(drawn.length());
        assertThat(cleared).isEqualTo("\r" + " ".repeat(drawn.length() - 1) + "\r");
    }

    @Test
    void batchesWithinFiftyMillisecondsOfTheLastDrawAreNotDrawn() {
        bar.batchEnded(batch(1, 1000));
        int once = terminal.toString().length();

        now.addAndGet(49_000_000L);
        bar.batchEnded(batch(2, 1000));
        assertThat(terminal.toString()).hasSize(once);

        now.addAndGet(1_000_000L);
        bar.batchEnded(batch(3, 1000));
        assertThat(terminal.toString().substring(once)).startsWith("\r").contains(" 3/1000 ");
    }

    @Test
    void clearingABarNeverDrawnWritesNothing() {
        bar.clear();

        assertThat(terminal.toString()).isEmpty();
    }
}

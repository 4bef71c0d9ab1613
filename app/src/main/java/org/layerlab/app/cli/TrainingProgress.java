package org.layerlab.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.train.TrainingEvent;
import org.layerlab.core.train.TrainingListener;

/**
 * Shows a training run: a line per epoch on the output, the batch bar on a terminal, and keeps the event
 * that ended the run, whose weights are the ones to save.
 */
final class TrainingProgress implements TrainingListener {
    private final PrintWriter out;
    private final Optional<ProgressBar> bar;
    private final Messages messages;
    private volatile TrainingEvent end;
    private volatile int epochsCompleted;

    TrainingProgress(PrintWriter out, Optional<ProgressBar> bar, Messages messages) {
        this.out = out;
        this.bar = bar;
        this.messages = messages;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        switch (event) {
            case TrainingEvent.BatchEnded b -> bar.ifPresent(p -> p.batchEnded(b));
            case TrainingEvent.EpochEnded e -> {
                bar.ifPresent(ProgressBar::clear);
                epochsCompleted = e.epoch();
                out.println(EpochLine.of(e, messages));
                out.flush();
            }
            case TrainingEvent.Finished f -> ended(f);
            case TrainingEvent.Stopped s -> ended(s);
            case TrainingEvent.Failed f -> ended(f);
            case TrainingEvent.WeightsUpdated w -> {
            }
            case TrainingEvent.Paused p -> {
            }
        }
    }

    private void ended(TrainingEvent event) {
        bar.ifPresent(ProgressBar::clear);
        end = event;
    }

    /** The whole epochs the run trained: all of them, or those before a stop. */
    int epochsCompleted() {
        return epochsCompleted;
    }

    /** The Finished, Stopped or Failed event, once the run is over. */
    TrainingEvent end() {
        if (end == null) {
            throw new IllegalStateException("the training run has not ended");
        }
        return end;
    }
}

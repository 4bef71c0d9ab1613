package org.layerlab.core.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TrainingSession} reports, as immutable records, on its worker thread. Epochs and
 * batches are numbered from 1, as Keras prints them.
 */
public sealed interface TrainingEvent {

    /** A loss and the metrics by name, as means over the batches so far (weighted by batch size). */
    record Scores(double loss, Map<String, Double> metrics) {
        public Scores {
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }
    }

    /**
     * One training batch is done.
     *
     * @param batchLoss this batch's loss
     * @param epochSoFar the means over this epoch's batches so far, as Keras's progress bar shows them
     */
    record BatchEnded(int epoch, int batch, int batches, double batchLoss, Scores epochSoFar)
            implements TrainingEvent {
        public BatchEnded {
            Objects.requireNonNull(epochSoFar, "epochSoFar");
        }
    }

    /**
     * One epoch is done.
     *
     * @param validation empty when no rows are held out
     * @param seconds the epoch's wall time, validation included
     */
    record EpochEnded(int epoch, int epochs, Scores training, Optional<Scores> validation, double seconds)
            implements TrainingEvent {
        public EpochEnded {
            Objects.requireNonNull(training, "training");
            Objects.requireNonNull(validation, "validation");
        }
    }

    /** Copies of the weights after a batch, sent at a bounded rate, for heatmaps and histograms. */
    record WeightsUpdated(int epoch, int batch, ModelWeights weights) implements TrainingEvent {
    }

    /** Training waits before batch {@code batch} of epoch {@code epoch}. */
    record Paused(int epoch, int batch) implements TrainingEvent {
    }

    /**
     * Training stopped on request after the last completed batch.
     *
     * @param epoch the epoch of the last completed batch, 0 when none ran
     */
    record Stopped(int epoch, int batch, ModelWeights weights) implements TrainingEvent {
    }

    /** Every epoch ran. */
    record Finished(int epochs, ModelWeights weights) implements TrainingEvent {
    }

    /**
     * Training could not go on; the message is one line for the user.
     *
     * @param weights the weights from the last good step, never holding NaN or infinity from training
     */
    record Failed(String message, ModelWeights weights) implements TrainingEvent {
    }
}

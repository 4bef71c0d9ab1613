package org.layerlab.app.cli;

import java.util.Locale;
import java.util.Map;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.train.TrainingEvent;

/**
 * One epoch as a line, in the order Keras's {@code fit} logs it:
 * {@code epoch 3/50  loss 0.4123  accuracy 0.8750  val_loss 0.3990  val_accuracy 0.9000  0.12 s}.
 * {@code loss}, the metric names and the {@code val_} prefix are Keras's log keys, the same in every
 * language, so they are not translated.
 */
final class EpochLine {
    private static final String SEPARATOR = "  ";
    private static final String VALIDATION_PREFIX = "val_";

    private EpochLine() {
    }

    static String of(TrainingEvent.EpochEnded epoch, Messages messages) {
        StringBuilder line = new StringBuilder(
                messages.text("train.epoch", Integer.toString(epoch.epoch()), Integer.toString(epoch.epochs())));
        appendScores(line, "", epoch.training());
        epoch.validation().ifPresent(v -> appendScores(line, VALIDATION_PREFIX, v));
        line.append(SEPARATOR).append(messages.text("train.seconds", String.format(Locale.ROOT, "%.2f", epoch.seconds())));
        return line.toString();
    }

    private static void appendScores(StringBuilder line, String prefix, TrainingEvent.Scores scores) {
        line.append(SEPARATOR).append(prefix).append("loss ").append(number(scores.loss()));
        for (Map.Entry<String, Double> m : scores.metrics().entrySet()) {
            line.append(SEPARATOR).append(prefix).append(m.getKey()).append(' ').append(number(m.getValue()));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}

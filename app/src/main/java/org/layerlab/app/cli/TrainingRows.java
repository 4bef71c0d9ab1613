package org.layerlab.app.cli;

import java.io.PrintWriter;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.train.TrainingSettings;

/**
 * Whether a split leaves enough rows to train on (a one-row table is refused when it is read): a training
 * part smaller than one batch, or a validation split that leaves no validation rows, is warned about in one line.
 */
final class TrainingRows {
    private final Messages messages;

    TrainingRows(Messages messages) {
        this.messages = messages;
    }

    void check(int rows, PreparedData prepared, TrainingSettings run, PrintWriter warnings) {
        int train = prepared.train().size();
        if (train < run.batchSize()) {
            warnings.println(messages.text("train.lessThanABatch", Integer.toString(train), Integer.toString(run.batchSize())));
        }
        if (run.validationSplit() > 0 && prepared.validation().size() == 0) {
            warnings.println(messages.text("train.noValidationRows", Double.toString(run.validationSplit()),
                    Integer.toString(rows)));
        }
        warnings.flush();
    }
}

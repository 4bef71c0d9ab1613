package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running loss and metrics over an epoch's batches, each batch weighted by its size, as Keras does. */
final class EpochScores {
    private final StreamingMean loss = new StreamingMean();
    private final List<Metric> metrics;

    EpochScores(List<String> metricNames, Loss lossFunction, long[] labelShape, long[] outputShape) {
        List<Metric> list = new ArrayList<>(metricNames.size());
        for (String name : metricNames) {
            list.add(Accuracy.resolve(name, lossFunction, labelShape, outputShape));
        }
        this.metrics = List.copyOf(list);
    }

    void add(Batch batch, StepResult result) {
        loss.add(result.loss() * batch.size(), batch.size());
        for (Metric m : metrics) {
            m.update(batch.labels(), batch.labelShape(), result.predictions(), result.predictionShape());
        }
    }

    TrainingEvent.Scores scores() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            values.put(m.name(), m.result());
        }
        return new TrainingEvent.Scores(loss.result(), values);
    }

    void reset() {
        loss.reset();
        for (Metric m : metrics) {
            m.reset();
        }
    }
}

package org.layerlab.core.bench;

import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A peer trained as a user would write it, outside the benchmark's harness: build the network, call
 * {@code fit} in a plain loop, time it with two clock reads. The benchmark compares its ms per step
 * with the harness's, to show the harness does not slow a peer down. Arguments: dl4j or samediff,
 * the model; it runs the model's warm-up and timed steps, as the harness does.
 */
final class PlainRun {
    private PlainRun() {
    }

    public static void main(String[] args) {
        BenchModel model = BenchModel.named(args[1]);
        int warmup = model.warmupSteps;
        int steps = model.measuredSteps;
        List<DataSet> data = Dl4jMlp.dataSets(model.batches());
        long start = 0;
        if (args[0].equals("dl4j")) {
            MultiLayerNetwork net = Dl4jMlp.network(model);
            for (int i = 0; i < warmup + steps; i++) {
                if (i == warmup) {
                    start = System.nanoTime();
                }
                net.fit(data.get(i % data.size()));
            }
        } else {
            SameDiff sd = SameDiffMlp.graph(model);
            for (int i = 0; i < warmup + steps; i++) {
                if (i == warmup) {
                    start = System.nanoTime();
                }
                sd.fit(data.get(i % data.size()));
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %.6f%n", (System.nanoTime() - start) / 1e6 / steps);
        System.exit(0);
    }
}

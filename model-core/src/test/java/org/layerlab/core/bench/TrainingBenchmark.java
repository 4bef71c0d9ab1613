package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.Dataset;
import org.layerlab.core.data.SyntheticSet;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.train.Batch;
import org.layerlab.core.train.GraphModel;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.SessionOptions;
import org.layerlab.core.train.TrainingEvent;
import org.layerlab.core.train.TrainingExecutor;
import org.layerlab.core.train.TrainingSession;
import org.layerlab.core.train.TrainingSettings;
import org.layerlab.core.train.TrainingStep;

/**
 * Training speed of LayerLab (a {@link GraphModel} made from a model graph, trained by
 * {@link TrainingStep}: the path the app and the command line take) against DL4J's
 * MultiLayerNetwork on the same MLP, in one run, alternating so both see the same machine load:
 * (a) 784-256-128-10, batch 128 (MNIST-sized random data), goal at least DL4J's samples per second;
 * (b) 2-8-8-2, batch 10, goal at most 0.36 ms per step. ReLU hidden layers, softmax output,
 * categorical cross-entropy, Adam 0.001, float32, Glorot-uniform weights.
 *
 * <p>Arguments: seconds per measurement (default 4), rounds (default 3). Run with {@code mvn -o -q
 * -pl model-core -Pbench test-compile exec:java -Dbench=TrainingBenchmark}.
 */
public final class TrainingBenchmark {
    /** One training step on the i-th batch. */
    interface Trainer {
        void step(int i);
    }

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NativeThreads.limitToOne();
        compare("(a) 784-256-128-10, batch 128", new int[] {784, 256, 128, 10}, 128, seconds, rounds);
        compare("(b) 2-8-8-2, batch 10", new int[] {2, 8, 8, 2}, 10, seconds, rounds);
        throughSession(seconds, rounds);
    }

    /**
     * Model (b) in a whole {@link TrainingSession} on the calling thread, with its per-batch work
     * (batch copies, undo copy, events, metric, snapshots), on 1,000 rows of XOR: ms per batch.
     */
    static void throughSession(double seconds, int rounds) {
        Dataset xor = SyntheticSet.XOR.generate(1000, 0, 1);
        TrainingSettings settings = TrainingSettings.defaults().withBatchSize(10).withEpochs(TrainingSettings.MAX_EPOCHS)
                .withOptimizer("adam", 0.001, Config.empty()).withLoss("categorical_crossentropy", Config.empty())
                .withMetrics(List.of("accuracy"));
        for (int r = 0; r < rounds; r++) {
            TrainingSession session = new TrainingSession(GraphModel.of(mlp(new int[] {2, 8, 8, 2})), xor,
                    xor.select(new int[0]), settings, SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread()));
            long warmupEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long[] measured = new long[2];
            session.addListener(e -> {
                if (e instanceof TrainingEvent.BatchEnded) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        session.stop();
                    } else if (now >= warmupEnd) {
                        measured[0] = measured[0] == 0 ? now : measured[0];
                        measured[1]++;
                    }
                }
            });
            session.start();
            System.out.printf("(c) 2-8-8-2, batch 10, through a TrainingSession, round %d: %.4f ms/batch%n", r + 1,
                    (end - measured[0]) / 1e6 / measured[1]);
        }
    }

    static void compare(String label, int[] sizes, int batchSize, double seconds, int rounds) {
        List<Batch> batches = batches(sizes[0], sizes[sizes.length - 1], batchSize, 16);
        GraphModel model = GraphModel.of(mlp(sizes));
        model.initialize(42);
        TrainingStep step = new TrainingStep(model, Losses.deserialize("categorical_crossentropy"),
                Optimizers.deserialize("adam"), 1);
        Trainer ours = i -> step.run(batches.get(i % batches.size()));
        Trainer dl4j = Dl4jMlp.trainer(sizes, batches);
        double[] oursMs = new double[rounds];
        double[] dl4jMs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            oursMs[r] = measure(ours, seconds);
            dl4jMs[r] = measure(dl4j, seconds);
            System.out.printf("%s round %d: LayerLab %.4f ms/step, DL4J %.4f ms/step%n", label, r + 1, oursMs[r], dl4jMs[r]);
        }
        double o = median(oursMs);
        double d = median(dl4jMs);
        System.out.printf("%s: LayerLab %.4f ms/step = %.0f samples/s; DL4J %.4f ms/step = %.0f samples/s; "
                + "LayerLab/DL4J samples/s ratio %.2f%n", label, o, batchSize * 1000 / o, d, batchSize * 1000 / d, d / o);
    }

    /** Warms up for a third of the time, then returns the mean time of the steps in the rest. */
    static double measure(Trainer trainer, double seconds) {
        long warmupEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int i = 0;
        while (System.nanoTime() < warmupEnd) {
            trainer.step(i++);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 2 / 3 * 1e9);
        int steps = 0;
        long now;
        do {
            trainer.step(i++);
            steps++;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e6 / steps;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The MLP as a user builds it in the editor: an InputLayer, then Dense layers each feeding the next. */
    static ModelGraph mlp(int[] sizes) {
        ModelGraph g = new ModelGraph(LayerRegistry.withInstalledLayers());
        NodeId previous = g.addNode("InputLayer", Config.builder()
                .put("batch_shape", Arrays.asList(null, (long) sizes[0])).build());
        for (int i = 1; i < sizes.length; i++) {
            String activation = i == sizes.length - 1 ? "softmax" : "relu";
            NodeId next = g.addNode("Dense", Config.builder().put("units", (long) sizes[i])
                    .put("activation", activation).build());
            g.connect(previous, next, 0);
            previous = next;
        }
        return g;
    }

    static List<Batch> batches(int inputs, int classes, int batchSize, int count) {
        SplittableRandom rng = new SplittableRandom(7);
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            double[] x = new double[batchSize * inputs];
            double[] y = new double[batchSize * classes];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextDouble();
            }
            for (int i = 0; i < batchSize; i++) {
                y[i * classes + rng.nextInt(classes)] = 1;
            }
            batches.add(new Batch(x, new long[] {batchSize, inputs}, y, new long[] {batchSize, classes}));
        }
        return batches;
    }
}

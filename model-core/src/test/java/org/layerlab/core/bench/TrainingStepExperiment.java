package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.train.Batch;
import org.layerlab.core.train.LayerChain;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.TrainingStep;

/**
 * Prints the time per training step of the tape backend and of DL4J's MultiLayerNetwork, in the same
 * run and alternating so both see the same machine load, for (a) a 784-256-128-10 MLP, batch 128,
 * Adam, and (b) a 2-8-8-2 MLP, batch 10, Adam; ReLU hidden layers, softmax cross-entropy.
 * Arguments: seconds per measurement (default 4), rounds (default 3).
 *
 * <p>Thread settings matter on a small machine: LayerLab calls OpenBLAS directly for large products
 * while DL4J's own kernels use OpenMP, and both pools spinning at once on two cores slow DL4J down
 * many times in a shared JVM; run with {@code OPENBLAS_NUM_THREADS=1} for a fair comparison there.
 */
public final class TrainingStepExperiment {
    /** One training step on the i-th batch. */
    interface Trainer {
        void step(int i);
    }

    private TrainingStepExperiment() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("OMP_NUM_THREADS=%s OPENBLAS_NUM_THREADS=%s cores=%d%n", System.getenv("OMP_NUM_THREADS"),
                System.getenv("OPENBLAS_NUM_THREADS"), Runtime.getRuntime().availableProcessors());
        compare("(a) 784-256-128-10, batch 128", new int[] {784, 256, 128, 10}, 128, seconds, rounds);
        compare("(b) 2-8-8-2, batch 10", new int[] {2, 8, 8, 2}, 10, seconds, rounds);
    }

    static void compare(String label, int[] sizes, int batchSize, double seconds, int rounds) {
        List<Batch> batches = batches(sizes[0], sizes[sizes.length - 1], batchSize, 16);
        TrainingStep step = new TrainingStep(chain(sizes),
                Losses.deserialize(Config.builder().put("class_name", "CategoricalCrossentropy")
                        .put("config", Config.builder().put("from_logits", true).build()).build()),
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
                + "LayerLab/DL4J speed ratio %.2f%n", label, o, batchSize * 1000 / o, d, batchSize * 1000 / d, d / o);
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

    static LayerChain chain(int[] sizes) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        List<Layer> layers = new ArrayList<>();
        layers.add(registry.create("InputLayer", Config.builder().put("name", "input")
                .put("batch_shape", Arrays.asList(null, (long) sizes[0])).build()));
        for (int i = 1; i < sizes.length; i++) {
            String activation = i == sizes.length - 1 ? "linear" : "relu";
            layers.add(registry.create("Dense", Config.builder().put("name", "dense_" + i)
                    .put("units", (long) sizes[i]).put("activation", activation).build()));
        }
        LayerChain chain = new LayerChain(layers);
        chain.initialize(42);
        return chain;
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

package org.layerlab.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.layerlab.core.train.Batch;

/**
 * The models of the training benchmark and what every framework gets for them: the same batches of
 * random data in the same order, and the same Glorot-uniform starting weights (drawn here once,
 * from a fixed seed, and given to each framework), all float32.
 */
enum BenchModel {
    A("(a) 784-256-128-10, batch 128", new int[] {784, 256, 128, 10}, 128, 200, 0, 300),
    B("(b) 2-8-8-2, batch 10", new int[] {2, 8, 8, 2}, 10, 2000, 3, 2000),
    C("(c) 1024-1024-1024-10, batch 256", new int[] {1024, 1024, 1024, 10}, 256, 10, 0, 30);

    /** Distinct batches the steps cycle through. */
    static final int BATCHES = 16;

    final String label;
    final int[] sizes;
    final int batchSize;
    /**
     * Steps run before timing, and steps timed: the same steps of the same run for every framework.
     * Counted in steps, not seconds, because the cost of a step changes as training goes on (after
     * about 700 steps of (a) DL4J's Adam state of dead ReLU units becomes subnormal and its steps
     * several times slower), so a time window would measure a faster framework later in training.
     * (b) alone also warms up for at least {@code warmupSeconds}: its steps cost the same all through
     * training, and LayerLab's JIT needs some 20,000 of its 0.01 ms steps to finish compiling.
     */
    final int warmupSteps;
    final double warmupSeconds;
    final int measuredSteps;

    BenchModel(String label, int[] sizes, int batchSize, int warmupSteps, double warmupSeconds, int measuredSteps) {
        this.label = label;
        this.sizes = sizes;
        this.batchSize = batchSize;
        this.warmupSteps = warmupSteps;
        this.warmupSeconds = warmupSeconds;
        this.measuredSteps = measuredSteps;
    }

    static BenchModel named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    int layers() {
        return sizes.length - 1;
    }

    /** Random features in [0, 1) and one-hot random classes, the same for every framework. */
    List<Batch> batches() {
        int inputs = sizes[0];
        int classes = sizes[sizes.length - 1];
        SplittableRandom rng = new SplittableRandom(7);
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            double[] x = new double[batchSize * inputs];
            double[] y = new double[batchSize * classes];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rng.nextDouble();
            }
            for (int i = 0; i < batchSize; i++) {
                y[i * classes + rng.nextInt(classes)] = 1;
            }
            batches.add(new Batch(x, new long[] {batchSize, inputs}, y, new long[] {batchSize, classes}));
        }
        return batches;
    }

    /** Layer {@code l}'s kernel, (inputs, units) row-major: Glorot uniform, float32 values. */
    double[] kernel(int l) {
        int fanIn = sizes[l];
        int fanOut = sizes[l + 1];
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        SplittableRandom rng = new SplittableRandom(42 + l);
        double[] w = new double[fanIn * fanOut];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
        return w;
    }

    /** Layer {@code l}'s bias: zeros. */
    double[] bias(int l) {
        return new double[sizes[l + 1]];
    }
}

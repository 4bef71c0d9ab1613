package org.layerlab.core.bench;

import java.util.Locale;

/**
 * The harness every framework's worker process runs: build the trainer, warm up, then time steps
 * and print one {@code RESULT} line the benchmark reads. The same code for every framework, so
 * what differs between the processes is only the framework.
 */
final class StepTimer {
    /** One training step on the i-th batch. */
    interface Trainer {
        void step(int i);
    }

    /** Makes a framework's trainer for a model. */
    interface Peer {
        Trainer trainer(BenchModel model);
    }

    private StepTimer() {
    }

    /** Arguments: model (a, b or c), seconds of measurement. Warms up for half as long first. */
    static void run(String[] args, Peer peer) {
        BenchModel model = BenchModel.named(args[0]);
        double seconds = Double.parseDouble(args[1]);
        Trainer trainer = peer.trainer(model);
        double ms = measure(trainer, seconds / 2, seconds);
        System.out.printf(Locale.ROOT, "RESULT %.6f%n", ms);
        System.exit(0);
    }

    /** Runs steps for {@code warmup} seconds, then returns the mean ms per step over the next {@code seconds}. */
    static double measure(Trainer trainer, double warmup, double seconds) {
        long warmupEnd = System.nanoTime() + (long) (warmup * 1e9);
        int i = 0;
        while (System.nanoTime() < warmupEnd || i < 3) {
            trainer.step(i++);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int steps = 0;
        long now;
        do {
            trainer.step(i++);
            steps++;
            now = System.nanoTime();
        } while (now < end || steps < 3);
        return (now - start) / 1e6 / steps;
    }
}

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

    /** Argument: the model (a, b or c). */
    static void run(String[] args, Peer peer) {
        BenchModel model = BenchModel.named(args[0]);
        Trainer trainer = peer.trainer(model);
        System.out.printf(Locale.ROOT, "RESULT %.6f%n", measure(trainer, model));
        System.exit(0);
    }

    /** Runs the model's warm-up, then returns the mean ms per step of its measured steps. */
    static double measure(Trainer trainer, BenchModel model) {
        long warmupEnd = System.nanoTime() + (long) (model.warmupSeconds * 1e9);
        int i = 0;
        while (i < model.warmupSteps || System.nanoTime() < warmupEnd) {
            trainer.step(i++);
        }
        long start = System.nanoTime();
        for (int end = i + model.measuredSteps; i < end; i++) {
            trainer.step(i);
        }
        return (System.nanoTime() - start) / 1e6 / model.measuredSteps;
    }
}

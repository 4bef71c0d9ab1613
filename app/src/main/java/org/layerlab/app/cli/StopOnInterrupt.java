package org.layerlab.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.layerlab.core.train.TrainingSession;

/**
 * Ctrl+C during training: the JVM's shutdown hook stops the session after the batch in progress and then
 * holds the JVM until {@link #close()} says the weights are saved, so an interrupted run keeps what it
 * learned. Closing also removes the hook, so a normal end leaves nothing behind.
 */
final class StopOnInterrupt implements AutoCloseable {
    /** How long an interrupted run may take to save before the JVM exits regardless. */
    private static final long SAVE_SECONDS = 60;

    private final CountDownLatch saved = new CountDownLatch(1);
    private final Thread hook;

    StopOnInterrupt(TrainingSession session) {
        this.hook = new Thread(() -> {
            session.stop();
            try {
                saved.await(SAVE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "layerlab-stop-training");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Call once the run's result is saved (or could not be). */
    @Override
    public void close() {
        saved.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it returns now that the latch is open, and the JVM exits.
        }
    }
}

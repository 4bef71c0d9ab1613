package org.layerlab.core.train;

/**
 * The requests other threads make of a running session (pause, resume, step, stop), and the
 * waiting they cause on the training thread, which asks before every batch.
 */
final class SessionControl {
    private boolean pauseRequested;
    private boolean stopRequested;
    private int steps;

    synchronized void pause() {
        pauseRequested = true;
    }

    synchronized void resume() {
        pauseRequested = false;
        steps = 0;
        notifyAll();
    }

    /** One more batch, then a pause. */
    synchronized void step() {
        pauseRequested = true;
        steps++;
        notifyAll();
    }

    synchronized void stop() {
        stopRequested = true;
        notifyAll();
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Waits until the next batch may run. Runs {@code onPause} once, outside the lock, when it
     * starts waiting, so that listeners may call back into the session.
     *
     * @return true to run the batch, false to stop
     */
    boolean awaitTurn(Runnable onPause) {
        boolean announced = false;
        while (true) {
            synchronized (this) {
                if (stopRequested) {
                    return false;
                }
                if (!pauseRequested) {
                    return true;
                }
                if (steps > 0) {
                    steps--;
                    return true;
                }
                if (announced) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopRequested = true;
                    }
                    continue;
                }
            }
            announced = true;
            onPause.run();
        }
    }
}

package org.layerlab.core.train;

/** Where a session's training runs. */
@FunctionalInterface
public interface TrainingExecutor {
    /** Runs the whole training, on another thread or, for tests, on the calling one. */
    void execute(Runnable training);

    /** A new daemon thread per session, so an open session never keeps the application alive. */
    static TrainingExecutor newThread() {
        return training -> {
            Thread t = new Thread(training, "layerlab-training");
            t.setDaemon(true);
            t.start();
        };
    }

    /**
     * The thread that calls {@code start}, which returns when training ends. Pausing then waits
     * until another thread resumes or stops.
     */
    static TrainingExecutor callingThread() {
        return Runnable::run;
    }
}

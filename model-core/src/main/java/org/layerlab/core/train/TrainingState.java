package org.layerlab.core.train;

/** Where a {@link TrainingSession} is in its life. */
public enum TrainingState {
    NEW,
    RUNNING,
    PAUSED,
    STOPPED,
    FINISHED,
    FAILED;

    /** Whether the session has ended and will send no more events. */
    public boolean isTerminal() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }
}

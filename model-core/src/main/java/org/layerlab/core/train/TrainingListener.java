package org.layerlab.core.train;

/**
 * Receives a session's events on its worker thread. It must return quickly and never block: a user
 * interface hands the event to its own thread. An exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}

package org.layerlab.core.graph;

import java.util.List;

/**
 * One or more listeners failed while being told about an edit. The edit itself has been made and shape
 * inference is up to date with it: inference is told first and every other listener is still told; the
 * failures are collected here (the first as cause, the others suppressed).
 */
public final class GraphListenerException extends RuntimeException {

    GraphListenerException(GraphChange change, List<RuntimeException> failures) {
        super(failures.size() + " listener(s) failed on " + change.getClass().getSimpleName()
                + "; the edit was made: " + failures.get(0), failures.get(0));
        for (int i = 1; i < failures.size(); i++) {
            addSuppressed(failures.get(i));
        }
    }
}

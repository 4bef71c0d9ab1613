package org.layerlab.core.graph;

import java.util.List;

/**
 * One or more listeners failed while being told about edits. The edits themselves have been made and
 * shape inference is up to date with them: inference is told first and every other listener is still told;
 * the failures are collected here (the first as cause, the others suppressed).
 */
public final class GraphListenerException extends RuntimeException {

    GraphListenerException(String edits, List<RuntimeException> failures) {
        super(failures.size() + " listener failure(s) on " + edits + "; the edit was made: " + failures.get(0),
                failures.get(0));
        for (int i = 1; i < failures.size(); i++) {
            addSuppressed(failures.get(i));
        }
    }
}

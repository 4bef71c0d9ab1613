package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of a {@link ModelGraph}, told in order: shape inference first, then the others in the order
 * they came. A listener that throws keeps no other from being told; the failures are rethrown together once
 * all were told (or, inside {@link #deferringFailures}, once the whole batch of edits is done), so inference
 * is never left stale by a broken view and an edit is never cut in half.
 */
final class GraphListeners {
    private final List<GraphListener> inference = new CopyOnWriteArrayList<>();
    private final List<GraphListener> others = new CopyOnWriteArrayList<>();
    private List<RuntimeException> deferred;

    void add(GraphListener listener) {
        others.add(Objects.requireNonNull(listener, "listener"));
    }

    void addInference(GraphListener listener) {
        inference.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(GraphListener listener) {
        others.remove(listener);
        inference.remove(listener);
    }

    /** @throws GraphListenerException after every listener was told, when any of them threw */
    void fire(GraphChange change) {
        List<RuntimeException> failures = new ArrayList<>();
        for (List<GraphListener> group : List.of(inference, others)) {
            for (GraphListener l : group) {
                try {
                    l.graphChanged(change);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        if (deferred != null) {
            deferred.addAll(failures);
        } else if (!failures.isEmpty()) {
            throw new GraphListenerException(change.getClass().getSimpleName(), failures);
        }
    }

    /** Runs several edits as one: listener failures are collected and thrown only after the last edit. */
    void deferringFailures(Runnable edits) {
        if (deferred != null) {
            edits.run();
            return;
        }
        deferred = new ArrayList<>();
        List<RuntimeException> failures;
        try {
            edits.run();
        } catch (RuntimeException e) {
            deferred.forEach(e::addSuppressed);
            throw e;
        } finally {
            failures = deferred;
            deferred = null;
        }
        if (!failures.isEmpty()) {
            throw new GraphListenerException("an edit", failures);
        }
    }
}

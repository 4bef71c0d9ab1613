package org.layerlab.core.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one graph edit did to the inference results.
 *
 * @param cause the edit
 * @param recomputed every node whose result was computed again, changed or not, in topological order
 * @param changed the nodes whose result differs from before, with the new result, in topological order
 * @param removed the nodes whose result is gone with them
 */
public record InferenceUpdate(GraphChange cause, Set<NodeId> recomputed, Map<NodeId, NodeResult> changed,
        Set<NodeId> removed) {

    public InferenceUpdate {
        recomputed = Collections.unmodifiableSet(new LinkedHashSet<>(recomputed));
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        removed = Set.copyOf(removed);
    }
}

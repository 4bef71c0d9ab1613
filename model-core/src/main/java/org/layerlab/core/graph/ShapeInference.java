package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live shape inference over a {@link ModelGraph}: for every node either its output shape and
 * parameter counts or diagnostics. It listens to the graph and, after each edit, recomputes only the
 * edited node and, in topological order, the nodes downstream whose input actually changed (a node
 * whose output is unchanged stops the wave), so an edit costs time in proportion to what it affects.
 * Failures of layers never escape: they become diagnostics.
 *
 * <p>Inference builds layers (weight shapes, never weight values), so it needs no numeric backend.
 */
public final class ShapeInference implements AutoCloseable {
    private final ModelGraph graph;
    private final Map<NodeId, NodeResult> results = new HashMap<>();
    private final NodeInference nodeInference;
    private final List<InferenceListener> listeners = new CopyOnWriteArrayList<>();
    private final GraphListener graphListener = this::graphChanged;

    /** Infers the whole graph, then follows its edits until {@link #close()}. */
    public ShapeInference(ModelGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.nodeInference = new NodeInference(graph, results::get);
        for (NodeId id : graph.topologicalOrder()) {
            results.put(id, nodeInference.infer(id));
        }
        graph.addInferenceListener(graphListener);
    }

    public void addListener(InferenceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(InferenceListener listener) {
        listeners.remove(listener);
    }

    /** Stops following the graph. */
    @Override
    public void close() {
        graph.removeListener(graphListener);
    }

    /** @throws GraphEditException when the graph has no such node */
    public NodeResult result(NodeId id) {
        NodeResult r = results.get(id);
        if (r == null) {
            throw new GraphEditException("there is no node " + id + " in the model");
        }
        return r;
    }

    /** Every node's result, in topological order. */
    public Map<NodeId, NodeResult> results() {
        Map<NodeId, NodeResult> all = new LinkedHashMap<>();
        for (NodeId id : graph.topologicalOrder()) {
            all.put(id, results.get(id));
        }
        return all;
    }

    /** Every diagnostic, node by node in topological order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        for (NodeResult r : results().values()) {
            all.addAll(r.diagnostics());
        }
        return all;
    }

    public boolean hasErrors() {
        return results.values().stream().anyMatch(NodeResult::hasErrors);
    }

    /** The parameter totals over all nodes. */
    public ParamCounts totals() {
        long trainable = 0;
        long nonTrainable = 0;
        for (NodeResult r : results.values()) {
            trainable += r.trainableParams();
            nonTrainable += r.nonTrainableParams();
        }
        return new ParamCounts(trainable, nonTrainable);
    }

    private void graphChanged(GraphChange change) {
        Set<NodeId> dirty = new HashSet<>();
        Set<NodeId> removed = new HashSet<>();
        switch (change) {
            case GraphChange.NodeAdded added -> {
                dirty.add(added.node().id());
                consumersIn(added.edges(), added.node().id(), dirty);
            }
            case GraphChange.NodeRemoved gone -> {
                results.remove(gone.node().id());
                removed.add(gone.node().id());
                consumersIn(gone.edges(), gone.node().id(), dirty);
            }
            case GraphChange.Moved m -> {
                return;
            }
            case GraphChange.Connected c -> dirty.add(c.edge().to());
            case GraphChange.Disconnected d -> dirty.add(d.edge().to());
            case GraphChange.ConfigChanged c -> {
                dirty.add(c.after().id());
                if (c.renamed()) {
                    // Downstream messages name their inputs.
                    consumersIn(graph.outputEdges(c.after().id()), c.after().id(), dirty);
                }
            }
        }
        InferenceUpdate update = recompute(change, dirty, removed);
        RuntimeException failure = null;
        for (InferenceListener l : listeners) {
            try {
                l.inferenceUpdated(update);
            } catch (RuntimeException e) {
                // Every listener hears of the update; the graph reports the failures after the edit.
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void consumersIn(Collection<Edge> edges, NodeId source, Set<NodeId> into) {
        for (Edge e : edges) {
            if (e.from().equals(source)) {
                into.add(e.to());
            }
        }
    }

    /** Lowest level first: a node is taken only after every input that could still change. */
    private InferenceUpdate recompute(GraphChange cause, Set<NodeId> dirty, Set<NodeId> removed) {
        PriorityQueue<LevelledNode> queue = new PriorityQueue<>();
        Set<NodeId> queued = new HashSet<>();
        for (NodeId id : dirty) {
            enqueue(id, queue, queued);
        }
        Set<NodeId> recomputed = new LinkedHashSet<>();
        Map<NodeId, NodeResult> changed = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            NodeId id = queue.poll().id();
            NodeResult before = results.get(id);
            NodeResult after = nodeInference.infer(id);
            recomputed.add(id);
            if (!after.equals(before)) {
                results.put(id, after);
                changed.put(id, after);
            }
            if (!after.sameOutputAs(before)) {
                for (Edge e : graph.outputEdges(id)) {
                    enqueue(e.to(), queue, queued);
                }
            }
        }
        return new InferenceUpdate(cause, recomputed, changed, removed);
    }

    private void enqueue(NodeId id, PriorityQueue<LevelledNode> queue, Set<NodeId> queued) {
        if (graph.contains(id) && queued.add(id)) {
            queue.add(new LevelledNode(graph.level(id), id));
        }
    }
}

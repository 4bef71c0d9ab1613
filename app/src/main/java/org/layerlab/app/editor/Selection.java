package org.layerlab.app.editor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.util.Subscription;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;

/** The selected nodes, or one selected wire; the canvas, inspector and menus follow it. */
public final class Selection {
    private final Set<NodeId> nodes = new LinkedHashSet<>();
    private Edge wire;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Told of every change of the selection, until the returned subscription is cancelled. */
    public Subscription addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    public Set<NodeId> nodes() {
        return Set.copyOf(nodes);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && wire == null;
    }

    public boolean contains(NodeId id) {
        return nodes.contains(id);
    }

    public Optional<Edge> wire() {
        return Optional.ofNullable(wire);
    }

    /** The one selected node, when exactly one is. */
    public Optional<NodeId> single() {
        return nodes.size() == 1 ? Optional.of(nodes.iterator().next()) : Optional.empty();
    }

    public void selectNodes(Collection<NodeId> ids) {
        if (wire == null && nodes.equals(new LinkedHashSet<>(ids))) {
            return;
        }
        nodes.clear();
        nodes.addAll(ids);
        wire = null;
        fire();
    }

    public void select(NodeId id) {
        selectNodes(List.of(id));
    }

    public void toggle(NodeId id) {
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
        wire = null;
        fire();
    }

    public void selectWire(Edge edge) {
        nodes.clear();
        wire = edge;
        fire();
    }

    public void clear() {
        if (!isEmpty()) {
            nodes.clear();
            wire = null;
            fire();
        }
    }

    /** Forgets what is no longer in the model. */
    public void retain(Set<NodeId> existing, Set<Edge> edges) {
        boolean changed = nodes.retainAll(existing);
        if (wire != null && !edges.contains(wire)) {
            wire = null;
            changed = true;
        }
        if (changed) {
            fire();
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}

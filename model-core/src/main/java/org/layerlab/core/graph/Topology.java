package org.layerlab.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The edges of a graph and each node's level: 0 for a node without inputs, otherwise one more than
 * its highest input. Levels are kept exact after every edit, so that sorting by (level, id) is a
 * topological order that depends on the structure only (an undone edit gives back the same order),
 * and so that a cycle check only searches nodes below the edge's source.
 */
final class Topology {
    private static final class Links {
        final TreeMap<Integer, Edge> in = new TreeMap<>();
        final List<Edge> out = new ArrayList<>();
        int level;
    }

    private final Map<NodeId, Links> links = new HashMap<>();
    private int edgeCount;

    void addNode(NodeId id) {
        links.put(id, new Links());
    }

    /** Forgets a node that has no edges left. */
    void removeNode(NodeId id) {
        links.remove(id);
    }

    int edgeCount() {
        return edgeCount;
    }

    int level(NodeId id) {
        return links.get(id).level;
    }

    /** The node's input edges by port. */
    List<Edge> inputs(NodeId id) {
        return List.copyOf(links.get(id).in.values());
    }

    Edge inputAt(NodeId id, int port) {
        return links.get(id).in.get(port);
    }

    /** The edges leaving the node, in the order they were made. */
    List<Edge> outputs(NodeId id) {
        return List.copyOf(links.get(id).out);
    }

    int outputCount(NodeId id) {
        return links.get(id).out.size();
    }

    boolean contains(Edge e) {
        Links l = links.get(e.to());
        return l != null && e.equals(l.in.get(e.port()));
    }

    /** Whether a path leads from {@code start} to {@code target}; nodes at or above the target's level cannot. */
    boolean reaches(NodeId start, NodeId target) {
        int bound = level(target);
        Deque<NodeId> todo = new ArrayDeque<>();
        Set<NodeId> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            NodeId n = todo.pop();
            if (n.equals(target)) {
                return true;
            }
            if (level(n) < bound && seen.add(n)) {
                for (Edge e : links.get(n).out) {
                    todo.push(e.to());
                }
            }
        }
        return false;
    }

    void connect(Edge e) {
        links.get(e.to()).in.put(e.port(), e);
        links.get(e.from()).out.add(e);
        edgeCount++;
        relevel(List.of(e.to()));
    }

    void disconnect(Edge e) {
        links.get(e.to()).in.remove(e.port());
        links.get(e.from()).out.remove(e);
        edgeCount--;
        relevel(List.of(e.to()));
    }

    /** Removes edges without fixing levels, for a node about to go; call {@link #relevel} after. */
    void disconnectQuietly(Edge e) {
        links.get(e.to()).in.remove(e.port());
        links.get(e.from()).out.remove(e);
        edgeCount--;
    }

    /** Adds edges without fixing levels, for a node coming back; call {@link #relevel} after. */
    void connectQuietly(Edge e) {
        links.get(e.to()).in.put(e.port(), e);
        links.get(e.from()).out.add(e);
        edgeCount++;
    }

    /**
     * Recomputes the levels of the given nodes and, where one changes, of the nodes downstream, lowest
     * level first so that a node is usually settled on its first visit.
     */
    void relevel(Collection<NodeId> starts) {
        PriorityQueue<LevelledNode> queue = new PriorityQueue<>();
        for (NodeId s : starts) {
            if (links.containsKey(s)) {
                queue.add(new LevelledNode(level(s), s));
            }
        }
        while (!queue.isEmpty()) {
            Links l = links.get(queue.poll().id());
            int level = 0;
            for (Edge e : l.in.values()) {
                level = Math.max(level, links.get(e.from()).level + 1);
            }
            if (level != l.level) {
                l.level = level;
                for (Edge e : l.out) {
                    queue.add(new LevelledNode(level(e.to()), e.to()));
                }
            }
        }
    }

    /** Whether the nodes form one path: n - 1 edges and no node with more than one input or output. */
    boolean isSinglePath(Collection<NodeId> ids) {
        if (ids.isEmpty() || edgeCount != ids.size() - 1) {
            return false;
        }
        for (NodeId id : ids) {
            Links l = links.get(id);
            if (l.in.size() > 1 || l.out.size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The ids sorted by level, then by id: every node after all of its inputs. */
    List<NodeId> order(Collection<NodeId> ids) {
        List<NodeId> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(this::level).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }
}

package org.layerlab.core.graph;

/**
 * The stable identity of a node in a {@link ModelGraph}. Names change on rename; ids never do, so
 * undo commands, view-models and inference results hold ids.
 */
public record NodeId(long value) implements Comparable<NodeId> {

    @Override
    public int compareTo(NodeId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}

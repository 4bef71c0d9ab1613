package org.layerlab.core.graph;

/** A node queued for work that must go in topological order: lower level first, then lower id. */
record LevelledNode(int level, NodeId id) implements Comparable<LevelledNode> {

    @Override
    public int compareTo(LevelledNode o) {
        int c = Integer.compare(level, o.level);
        return c != 0 ? c : id.compareTo(o.id);
    }
}

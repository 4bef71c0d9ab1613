package org.layerlab.core.graph;

/** Told about every edit of a {@link ModelGraph}, after the edit, on the editing thread. */
@FunctionalInterface
public interface GraphListener {
    void graphChanged(GraphChange change);
}

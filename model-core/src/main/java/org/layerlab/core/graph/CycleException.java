package org.layerlab.core.graph;

/** A connection would make a cycle; a model graph is acyclic. */
public final class CycleException extends GraphEditException {
    public CycleException(String message) {
        super(message);
    }
}

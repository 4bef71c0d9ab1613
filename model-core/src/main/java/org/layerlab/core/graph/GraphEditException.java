package org.layerlab.core.graph;

/** An edit that would leave the graph inconsistent: an unknown node, a taken port, a missing edge. */
public class GraphEditException extends IllegalArgumentException {
    public GraphEditException(String message) {
        super(message);
    }
}

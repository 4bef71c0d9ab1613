package org.layerlab.core.graph;

import java.util.Objects;

/**
 * A directed connection: the output of {@code from} feeds input {@code port} of {@code to}. Ports
 * are numbered from 0, so a merge layer can take several inputs in order.
 */
public record Edge(NodeId from, NodeId to, int port) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (port < 0) {
            throw new GraphEditException("an input port is 0 or more, got " + port);
        }
    }
}

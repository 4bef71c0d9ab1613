package org.layerlab.core.graph;

import java.util.Objects;
import java.util.Optional;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.Layer;

/**
 * One layer of a {@link ModelGraph}: its Keras class name and config, and the layer made from
 * them, or the problem that kept the config from making one. A config edit replaces the node with a
 * new one under the same id.
 *
 * @param layer the layer, or {@code null} when {@code problem} is set
 * @param problem why the config makes no layer, or {@code null}
 */
public record GraphNode(NodeId id, String className, Config config, Layer layer, ConfigProblem problem) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(config, "config");
        if ((layer == null) == (problem == null)) {
            throw new IllegalArgumentException("node " + id + " needs either a layer or a config problem");
        }
    }

    /** The layer name, which the config always holds. */
    public String name() {
        return config.getString("name", null);
    }

    public Optional<Layer> optionalLayer() {
        return Optional.ofNullable(layer);
    }

    @Override
    public String toString() {
        return name() + " (" + className + ") " + id;
    }
}

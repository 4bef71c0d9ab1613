package org.layerlab.core.graph;

import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.reason.Reason;

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

    /**
     * Makes a node's layer through the registry. Any failure of a layer's constructor, a plugin's
     * included, gives a node without a layer rather than an edit that throws.
     *
     * @throws org.layerlab.core.layer.UnknownLayerTypeException when the class is not registered
     */
    static GraphNode create(LayerRegistry registry, NodeId id, String className, Config config) {
        registry.require(className);
        try {
            return new GraphNode(id, className, config, registry.create(className, config), null);
        } catch (ConfigException e) {
            return new GraphNode(id, className, config, null, ConfigProblem.of(e));
        } catch (RuntimeException e) {
            return new GraphNode(id, className, config, null, new ConfigProblem(null,
                    Reason.of("layer.notCreated", config.getString("name", "?"), className, e)));
        }
    }

    /** The layer name, which the config always holds. */
    public String name() {
        return config.getString("name", null);
    }

    @Override
    public String toString() {
        return name() + " (" + className + ") " + id;
    }
}

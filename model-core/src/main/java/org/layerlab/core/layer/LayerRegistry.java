package org.layerlab.core.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.layerlab.core.layer.core.CoreLayers;

/**
 * Maps Keras class names to layer types. It is the only way a layer is made from a name: a name that
 * came from a file is looked up here and never used for reflection.
 */
public final class LayerRegistry {
    private final Map<String, LayerType> types = new LinkedHashMap<>();

    /** An empty registry. */
    public LayerRegistry() {
    }

    /** The built-in layers plus every {@link LayerPlugin} on the class path. */
    public static LayerRegistry withInstalledLayers() {
        LayerRegistry r = new LayerRegistry();
        new CoreLayers().layerTypes().forEach(r::register);
        for (LayerPlugin plugin : ServiceLoader.load(LayerPlugin.class, LayerRegistry.class.getClassLoader())) {
            plugin.layerTypes().forEach(r::register);
        }
        return r;
    }

    public void register(LayerType type) {
        LayerType old = types.putIfAbsent(type.className(), type);
        if (old != null) {
            throw new IllegalArgumentException("a layer type named " + type.className() + " is already registered");
        }
    }

    public Optional<LayerType> find(String className) {
        return Optional.ofNullable(types.get(className));
    }

    public LayerType require(String className) {
        LayerType t = types.get(className);
        if (t == null) {
            throw new UnknownLayerTypeException(className, "unknown layer class \"" + className
                    + "\"; supported: " + String.join(", ", types.keySet()));
        }
        return t;
    }

    public List<LayerType> types() {
        return Collections.unmodifiableList(new ArrayList<>(types.values()));
    }

    /**
     * Creates a layer from its Keras config: missing optional fields take their defaults, every
     * field is checked against the type's parameter description, then the layer is made.
     *
     * @throws ConfigException naming the layer and the field at fault
     */
    public Layer create(String className, Config config) {
        LayerType type = require(className);
        Config complete = type.withDefaults(config);
        String name = complete.getString("name", "?");
        for (ParamSpec p : type.allParams()) {
            Optional<String> problem = p.problemWith(complete.get(p.name()));
            if (problem.isPresent()) {
                throw new ConfigException(p.name(), "layer \"" + name + "\" (" + className + "): " + problem.get());
            }
        }
        try {
            return type.factory().apply(complete);
        } catch (ConfigException e) {
            if (e.getMessage().startsWith("layer \"")) {
                throw e;
            }
            throw new ConfigException(e.field(), "layer \"" + name + "\" (" + className + "): " + e.getMessage());
        }
    }
}

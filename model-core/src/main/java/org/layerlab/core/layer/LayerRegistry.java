package org.layerlab.core.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.reason.Reason;

/**
 * Maps Keras class names to layer types. It is the only way a layer is made from a name: a name that
 * came from a file is looked up here and never used for reflection.
 */
public final class LayerRegistry {
    private final Map<String, LayerType> types = new LinkedHashMap<>();

    /** An empty registry. */
    public LayerRegistry() {
    }

    /**
     * Every {@link LayerPlugin} on the class path: the built-in layers register the way a plugin's do,
     * through {@code META-INF/services/org.layerlab.core.layer.LayerPlugin}.
     */
    public static LayerRegistry withInstalledLayers() {
        return withInstalledLayers(LayerRegistry.class.getClassLoader());
    }

    /** Every {@link LayerPlugin} that {@code loader} finds, for plugin jars on a class loader of their own. */
    public static LayerRegistry withInstalledLayers(ClassLoader loader) {
        LayerRegistry r = new LayerRegistry();
        for (LayerPlugin plugin : ServiceLoader.load(LayerPlugin.class, loader)) {
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

    /**
     * The type of a layer a Keras file of any version gives with this class name and config: the type of
     * that name, or one that reads a Keras 1 class such as {@code Merge} in the config's mode.
     */
    public Optional<LayerType> findForKeras(String className, Config config) {
        LayerType own = types.get(className);
        if (own != null) {
            return Optional.of(own);
        }
        return types.values().stream().filter(t -> t.readsKeras(className, config)).findFirst();
    }

    /**
     * How the types that read a Keras class in some configs only (Keras 1's {@code Merge}) read it, for
     * messages: {@code Add when {mode=sum}}; empty when no type does.
     */
    public List<String> kerasReadings(String className) {
        return types.values().stream().filter(t -> t.keras().readsKeras1Class(className))
                .map(t -> t.className() + " when " + t.keras().keras1Match()).toList();
    }

    /** Field names only Keras 1 files use, over all types: a layer config with one of them is Keras 1. */
    public Set<String> keras1FieldNames() {
        Set<String> names = new HashSet<>();
        types.values().forEach(t -> names.addAll(t.keras1FieldNames()));
        return names;
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
            Optional<Reason> problem = p.problemWith(complete.get(p.name()));
            if (problem.isPresent()) {
                throw new ConfigException(p.name(), Reason.of("layer.says", name, className, problem.get()));
            }
        }
        try {
            return type.factory().apply(complete);
        } catch (ConfigException e) {
            if (e.getMessage().startsWith("layer \"")) {
                throw e;
            }
            throw new ConfigException(e.field(), Reason.of("layer.says", name, className, e.getMessage()));
        }
    }
}

package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;

/**
 * Accepts only layer classes registered in the {@link LayerRegistry} and lists every other layer at once.
 * Class names are only ever looked up in the registry, never loaded.
 */
final class LayerClassCheck {
    /** Layers whose config holds serialised Python code. */
    static final Set<String> CODE_CARRIERS = Set.of("Lambda");

    /** A Keras class name, optionally with the package a custom class was registered under ({@code Custom>Scale}). */
    private static final Pattern CLASS_NAME = Pattern.compile("([A-Za-z0-9_.-]{1,64}>)?[A-Za-z_][A-Za-z0-9_]{0,99}");

    private final LayerRegistry registry;

    LayerClassCheck(LayerRegistry registry) {
        this.registry = registry;
    }

    static boolean isClassName(String name) {
        return CLASS_NAME.matcher(name).matches();
    }

    /**
     * The registered type for a layer as written. A registered custom class written with its package
     * ({@code Custom>Scale}) resolves to the class ({@code Scale}); a Keras 1 class that a type reads in some
     * configs (a {@code Merge} in a mode) resolves to that type.
     */
    Optional<LayerType> resolve(RawLayer layer) {
        String className = layer.className();
        if (!isClassName(className)) {
            return Optional.empty();
        }
        Optional<LayerType> t = registry.findForKeras(className, layer.config());
        int gt = className.indexOf('>');
        return t.isPresent() || gt < 0 ? t : registry.find(className.substring(gt + 1));
    }

    /**
     * Refuses the model when any layer, nested models included, has a class that is not registered.
     *
     * @param otherProblems problems found so far that alone would not refuse the file, told in the same message
     */
    void check(String file, RawModel model, List<String> otherProblems) throws UnsupportedLayerException {
        List<UnsupportedLayerException.Offender> offenders = new ArrayList<>();
        collect(model, offenders);
        if (!offenders.isEmpty()) {
            throw new UnsupportedLayerException(file, offenders, otherProblems);
        }
    }

    private void collect(RawModel model, List<UnsupportedLayerException.Offender> offenders) {
        for (RawLayer layer : model.layers()) {
            if (layer.nested() != null) {
                collect(layer.nested(), offenders);
            } else if (resolve(layer).isEmpty()) {
                offenders.add(new UnsupportedLayerException.Offender(layer.name(), layer.className(),
                        reason(layer)));
            }
        }
    }

    private String reason(RawLayer layer) {
        String className = layer.className();
        List<String> readings = registry.kerasReadings(className);
        if (!readings.isEmpty()) {
            return "read only as " + String.join(", ", readings);
        }
        if (CODE_CARRIERS.contains(className)) {
            return "carries Python code, never run";
        }
        if (!isClassName(className)) {
            return "not a Keras class name";
        }
        return null;
    }
}

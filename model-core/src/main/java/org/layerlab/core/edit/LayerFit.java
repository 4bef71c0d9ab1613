package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.reason.Reason;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.IncompatibleInputException;
import org.layerlab.core.shape.Shape;

/**
 * Which layers take which inputs, asked of the layers themselves: a fresh layer is built for the input
 * (its InputSpec checked, weight shapes made, never weight values) and asked for its output shape. Used by
 * quick-add ("which layer types fit on this output port") and by {@link WireCheck} while a wire is dragged.
 */
public final class LayerFit {
    private final LayerRegistry registry;

    public LayerFit(LayerRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * The registered types a new layer of which, with its starting config, accepts an input of this shape
     * and dtype on its first port, in the registry's order. Types that take no input are left out; a
     * merge type is asked with the shape on each of its least number of ports.
     */
    public List<LayerType> typesAccepting(Shape shape, DType dtype) {
        List<LayerType> fit = new ArrayList<>();
        for (LayerType type : registry.types()) {
            InputCount count = type.inputCount();
            if (count.max() < 1) {
                continue;
            }
            Optional<Config> start = startingConfig(type, type.namePrefix());
            int ports = Math.max(1, count.min());
            if (start.isPresent() && refusal(type.className(), start.get(), Collections.nCopies(ports, shape),
                    Collections.nCopies(ports, dtype)).isEmpty()) {
                fit.add(type);
            }
        }
        return fit;
    }

    /**
     * A config a new layer of the type can start from: every optional parameter at its default, every
     * required number at its smallest legal value (at least 1, for example {@code units: 1} for Dense), a
     * required activation {@code relu} and a required choice its first. Empty when a required parameter is of
     * another kind, so no value can be guessed.
     *
     * @param name the layer's name, or {@code null} to let {@link org.layerlab.core.graph.ModelGraph#addNode}
     *     give it the next free one
     */
    public static Optional<Config> startingConfig(LayerType type, String name) {
        Config c = type.defaultConfig(name);
        for (ParamSpec p : type.allParams()) {
            if (p.required() && !p.name().equals("name")) {
                switch (p.kind()) {
                    case INTEGER -> c = c.with(p.name(), (long) Math.max(1, p.min() == null ? 1 : Math.ceil(p.min())));
                    case FLOAT -> c = c.with(p.name(), p.min() == null ? 1.0 : p.min());
                    case ACTIVATION -> c = c.with(p.name(), "relu");
                    case CHOICE -> {
                        if (p.choices().isEmpty()) {
                            return Optional.empty();
                        }
                        c = c.with(p.name(), p.choices().get(0));
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(c);
    }

    /**
     * Why a layer of this class and config would refuse these inputs, in Keras's words ("Input 0 of layer
     * "dense" is incompatible with the layer: expected min_ndim=2, found ndim=1"), or empty when it takes
     * them. Builds a layer of its own, so no layer of a graph is touched.
     */
    public Optional<Reason> refusal(String className, Config config, List<Shape> shapes, List<DType> dtypes) {
        Layer probe;
        try {
            probe = registry.create(className, config);
        } catch (ConfigException e) {
            return Optional.of(e.reason());
        }
        try {
            probe.ensureBuilt(shapes, dtypes);
            if (shapes.size() == 1) {
                probe.computeOutputShape(shapes.get(0));
            } else {
                probe.computeOutputShape(shapes);
            }
            return Optional.empty();
        } catch (IncompatibleInputException e) {
            return Optional.of(e.reason());
        } catch (ConfigException e) {
            return Optional.of(e.reason());
        } catch (RuntimeException e) {
            // Any layer, a plugin's included, may refuse in its own way; its message is the reason.
            return Optional.of(Reason.untranslated(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}

package org.layerlab.core.layer;

import java.util.List;
import java.util.function.BiFunction;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.Shape;

/** The weights a layer type creates, in creation order, as a function of its config and input shapes. */
@FunctionalInterface
public interface WeightDeclaration {
    /** A layer without weights. */
    WeightDeclaration NONE = (config, inputShapes) -> List.of();

    /**
     * The weights for inputs of these shapes.
     *
     * @param config the layer's config; missing optional params read as their defaults through {@link Param#from}
     * @throws RuntimeException when the inputs do not fit the layer; callers treat the weights as unknown
     */
    List<DeclaredWeight> declare(Config config, List<Shape> inputShapes);

    /** A declaration for a layer with one input. */
    static WeightDeclaration ofOneInput(BiFunction<Config, Shape, List<DeclaredWeight>> declaration) {
        return (config, inputShapes) -> {
            if (inputShapes.size() != 1) {
                throw new IllegalArgumentException("expects 1 input, got " + inputShapes.size());
            }
            return declaration.apply(config, inputShapes.get(0));
        };
    }
}

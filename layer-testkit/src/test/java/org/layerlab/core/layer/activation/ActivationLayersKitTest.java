package org.layerlab.core.layer.activation;

import static org.layerlab.core.layer.KitCases.config;
import static org.layerlab.core.layer.KitCases.one;
import static org.layerlab.core.layer.KitCases.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.shape.Shape;

/** The activation layers pass the layer test kit with their options away from the defaults. */
class ActivationLayersKitTest {
    @Test
    void activationLayersPass() {
        List<List<Shape>> shapes = List.of(one(Shape.batchOf(5)), one(Shape.batchOf(3, 4)));
        passes("ReLU", config("relu6", "max_value", 6.0, "negative_slope", 0.1, "threshold", 0.2), shapes);
        passes("LeakyReLU", config("leaky", "alpha", 0.05), shapes);
        passes("ELU", config("elu", "alpha", 0.5), shapes);
        passes("Softmax", config("softmax1", "axis", 1L), List.of(one(Shape.batchOf(3, 4)), one(Shape.batchOf(2, 3, 4))));
        passes("ThresholdedReLU", config("thresh", "theta", 0.3), shapes);
        passes("PReLU", config("prelu"), shapes);
        passes("PReLU", config("prelu_shared", "shared_axes", List.of(1L)), List.of(one(Shape.batchOf(3, 4)),
                one(Shape.batchOf(2, 3, 4))));
    }
}

package org.layerlab.core.layer.normalization;

import static org.layerlab.core.layer.KitCases.config;
import static org.layerlab.core.layer.KitCases.one;
import static org.layerlab.core.layer.KitCases.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.shape.Shape;

/** The normalisation layers pass the layer test kit on several input shapes, axes and options. */
class NormalizationLayersKitTest {
    @Test
    void batchNormalizationPasses() {
        passes("BatchNormalization", config("bn"), List.of(one(Shape.batchOf(5)), one(Shape.batchOf(3, 4)),
                one(Shape.batchOf(2, 3, 4))));
        passes("BatchNormalization", config("bn_axis1", "axis", 1L, "momentum", 0.5, "epsilon", 0.01),
                List.of(one(Shape.batchOf(3, 4)), one(Shape.batchOf(2, 3, 4))));
        passes("BatchNormalization", config("bn_plain", "center", false, "scale", false), List.of(one(Shape.batchOf(6))));
    }

    @Test
    void layerNormalizationPasses() {
        passes("LayerNormalization", config("ln"), List.of(one(Shape.batchOf(5)), one(Shape.batchOf(3, 4))));
        passes("LayerNormalization", config("ln_axis1", "axis", 1L, "center", false),
                List.of(one(Shape.batchOf(3, 4)), one(Shape.batchOf(2, 3, 4))));
    }
}

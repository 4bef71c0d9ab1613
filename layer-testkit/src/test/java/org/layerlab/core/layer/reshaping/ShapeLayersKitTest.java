package org.layerlab.core.layer.reshaping;

import static org.layerlab.core.layer.KitCases.config;
import static org.layerlab.core.layer.KitCases.one;
import static org.layerlab.core.layer.KitCases.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.shape.Shape;

/** The shape layers pass the layer test kit on several input shapes. */
class ShapeLayersKitTest {
    @Test
    void shapeLayersPass() {
        passes("Flatten", config("flat"), List.of(one(Shape.batchOf(5)), one(Shape.batchOf(3, 4)),
                one(Shape.batchOf(2, 3, 4))));
        passes("Flatten", config("flat_cf", "data_format", "channels_first"), List.of(one(Shape.batchOf(2, 3, 4))));
        passes("Reshape", config("reshape", "target_shape", List.of(3L, -1L)), List.of(one(Shape.batchOf(12)),
                one(Shape.batchOf(2, 3, 4))));
        passes("Reshape", config("reshape_fixed", "target_shape", List.of(2L, 2L, 3L)), List.of(one(Shape.batchOf(4, 3))));
        passes("Permute", config("swap", "dims", List.of(2L, 1L)), List.of(one(Shape.batchOf(3, 4))));
        passes("Permute", config("rotate", "dims", List.of(3L, 1L, 2L)), List.of(one(Shape.batchOf(2, 3, 4))));
        passes("RepeatVector", config("repeat", "n", 3L), List.of(one(Shape.batchOf(5)), one(Shape.batchOf(1))));
    }
}

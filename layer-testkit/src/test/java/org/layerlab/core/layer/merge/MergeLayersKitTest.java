package org.layerlab.core.layer.merge;

import static org.layerlab.core.layer.KitCases.config;
import static org.layerlab.core.layer.KitCases.one;
import static org.layerlab.core.layer.KitCases.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.shape.Shape;

/** The merge layers pass the layer test kit on several input shapes, broadcasting and other axes included. */
class MergeLayersKitTest {
    @Test
    void elementwiseMergesPassOnEqualAndBroadcastShapes() {
        for (String className : List.of("Subtract", "Multiply", "Average", "Maximum", "Minimum")) {
            passes(className, config(className.toLowerCase()), List.of(List.of(Shape.batchOf(4), Shape.batchOf(4)),
                    List.of(Shape.batchOf(1, 4), Shape.batchOf(3, 4)), List.of(Shape.batchOf(4), Shape.batchOf(2, 4))));
        }
        for (String className : List.of("Multiply", "Average", "Maximum", "Minimum")) {
            passes(className, config(className.toLowerCase() + "_three"),
                    List.of(List.of(Shape.batchOf(3), Shape.batchOf(3), Shape.batchOf(3))));
        }
    }

    @Test
    void concatenatePassesAlongTheLastAndAMiddleAxis() {
        passes("Concatenate", config("cat"), List.of(List.of(Shape.batchOf(3), Shape.batchOf(4), Shape.batchOf(5)),
                List.of(Shape.batchOf(2, 3), Shape.batchOf(2, 5))));
        passes("Concatenate", config("cat_axis1", "axis", 1L), List.of(List.of(Shape.batchOf(2, 3), Shape.batchOf(4, 3)),
                List.of(Shape.batchOf(1, 2, 3), Shape.batchOf(2, 2, 3))));
    }
}

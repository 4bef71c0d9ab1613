package org.layerlab.core.layer.noise;

import static org.layerlab.core.layer.KitCases.config;
import static org.layerlab.core.layer.KitCases.one;
import static org.layerlab.core.layer.KitCases.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.shape.Shape;

/** The noise and regularisation layers pass the layer test kit with seeds and penalties set. */
class NoiseLayersKitTest {
    @Test
    void noiseLayersPass() {
        List<List<Shape>> shapes = List.of(one(Shape.batchOf(5)), one(Shape.batchOf(3, 4)));
        passes("GaussianNoise", config("noise", "stddev", 0.3, "seed", 4L), shapes);
        passes("GaussianDropout", config("gdrop", "rate", 0.4), shapes);
        passes("ActivityRegularization", config("actreg", "l1", 0.01, "l2", 0.02), shapes);
    }
}

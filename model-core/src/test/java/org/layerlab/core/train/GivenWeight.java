package org.layerlab.core.train;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.WeightOptions;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/** A layer's weight with given values, for optimiser tests: a layer that only owns one weight. */
final class GivenWeight extends Layer {
    private static final LayerType TYPE = LayerType.builder("GivenWeight", GivenWeight.class, GivenWeight::new)
            .weights((config, inputs) -> List.of(new DeclaredWeight("w", inputs.get(0).withoutBatch(), true)))
            .build();

    private double[] values;

    private GivenWeight(Config config) {
        super(TYPE, config);
    }

    /** A trainable weight {@code given/w} of shape {@code (values.length,)}. */
    static Weight of(DType dtype, double[] values) {
        GivenWeight layer = new GivenWeight(Config.builder().put("name", "given").put("dtype", dtype.kerasName()).build());
        layer.values = values.clone();
        layer.ensureBuilt(List.of(Shape.batchOf(values.length)), List.of(dtype));
        Weight w = layer.weights().get(0);
        w.initialize(new SplittableRandom(0));
        return w;
    }

    @Override
    protected void build(Shape inputShape) {
        addWeight("w", WeightOptions.of(new Initializer() {
            @Override
            public double[] generate(long[] shape, DType dtype, RandomGenerator rng) {
                return values.clone();
            }

            @Override
            public String className() {
                return "Given";
            }

            @Override
            public Config config() {
                return Config.empty();
            }
        }));
    }
}

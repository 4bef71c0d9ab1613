package org.layerlab.core.train;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** A merge layer as a plugin would write one: the element-wise sum of its two inputs, like Keras's Add. */
final class Sum extends Layer {
    static final LayerType TYPE = LayerType.builder("Sum", Sum.class, Sum::new).inputs(InputCount.MANY).build();

    Sum(Config config) {
        super(TYPE, config);
    }

    @Override
    protected void build(List<Shape> inputShapes) {
        if (inputShapes.size() != 2 || !inputShapes.get(0).equals(inputShapes.get(1))) {
            throw new IllegalArgumentException("layer \"" + name() + "\" adds two inputs of one shape, got " + inputShapes);
        }
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        return inputShapes.get(0);
    }

    @Override
    public Tensor call(List<Tensor> inputs, CallContext context) {
        return context.ops().add(inputs.get(0), inputs.get(1));
    }
}

package org.layerlab.core.layer.merge;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * The first input minus the second, Keras's {@code Subtract}: exactly two inputs, whose shapes combine as
 * {@link ElementwiseMerge} says. TensorFlow.js has no Subtract, so its class {@code Subtract.js} is written
 * beside TF.js exports.
 */
public final class Subtract extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Subtract", Subtract.class, Subtract::new)
            .group(LayerGroup.MERGE).icon("mdi2m-minus-circle-multiple").inputs(new InputCount(2, 2))
            .keras(KerasForm.builtIn().tfjsClass("Subtract.js"))
            .build();

    public Subtract(Config config) {
        super(TYPE, config);
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        if (inputShapes.size() != 2) {
            throw new IllegalArgumentException("A `Subtract` layer should be called on exactly 2 inputs. Received: "
                    + "input_shape=" + inputShapes);
        }
        return super.computeOutputShape(inputShapes);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.subtract(a, b);
    }
}

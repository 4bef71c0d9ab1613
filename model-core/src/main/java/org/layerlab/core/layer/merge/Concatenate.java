package org.layerlab.core.layer.merge;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/**
 * Joins two or more inputs along {@code axis}, Keras's {@code Concatenate}: the inputs have one rank and
 * agree on every other axis; the output's size on the axis is the sum of theirs. Keras 1's {@code Merge}
 * in mode concat, with its {@code concat_axis}, is this layer.
 */
public final class Concatenate extends Merge {
    static final Param<Long> AXIS = Param.integer("axis", -1);

    public static final LayerType TYPE = LayerType.builder("Concatenate", Concatenate.class, Concatenate::new)
            .group(LayerGroup.MERGE).icon("mdi2t-table-column-plus-after").inputs(InputCount.MANY)
            .params(AXIS)
            .summary(c -> "Concatenate axis " + AXIS.from(c))
            .keras(KerasForm.builtIn().keras1Names("concat_axis", "axis").keras1Merge("concat"))
            .build();

    public Concatenate(Config config) {
        super(TYPE, config);
    }

    private int axis(Shape shape) {
        int axis = Math.toIntExact(Math.clamp(get(AXIS), -1000, 1000));
        if (!shape.hasAxis(axis) || shape.normalizeAxis(axis) == 0) {
            throw new ConfigException("axis", "layer \"" + name() + "\": axis " + axis + " is out of range for inputs "
                    + "of shape " + shape + " (the batch axis cannot be joined)");
        }
        return shape.normalizeAxis(axis);
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        long batch = commonBatch(inputShapes);
        Shape first = inputShapes.get(0);
        int axis = axis(first);
        long[] out = first.toArray();
        out[0] = batch;
        for (int i = 1; i < inputShapes.size(); i++) {
            Shape s = inputShapes.get(i);
            if (s.rank() != first.rank()) {
                throw mismatch(inputShapes);
            }
            for (int k = 1; k < s.rank(); k++) {
                long d = s.dim(k);
                if (k == axis) {
                    out[k] = out[k] == Shape.UNKNOWN || d == Shape.UNKNOWN ? Shape.UNKNOWN : out[k] + d;
                } else if (out[k] == Shape.UNKNOWN) {
                    out[k] = d;
                } else if (d != Shape.UNKNOWN && d != out[k]) {
                    throw mismatch(inputShapes);
                }
            }
        }
        return Shape.ofDims(out);
    }

    private static IllegalArgumentException mismatch(List<Shape> inputShapes) {
        return new IllegalArgumentException("A `Concatenate` layer requires inputs with matching shapes except for the "
                + "concatenation axis. Received: input_shape=" + inputShapes);
    }

    @Override
    public Tensor call(List<Tensor> inputs, CallContext context) {
        return context.ops().concatenate(inputs, axis(Shape.ofDims(inputs.get(0).shape())));
    }
}

package org.layerlab.core.layer.reshaping;

import java.util.Arrays;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Keras's {@code RepeatVector}: a 2-D input {@code (batch, features)} repeated {@code n} times, {@code (batch, n, features)}. */
public final class RepeatVector extends Layer {
    static final Param<Long> N = Param.integer("n").atLeast(1);

    public static final LayerType TYPE = LayerType.builder("RepeatVector", RepeatVector.class, RepeatVector::new)
            .group(LayerGroup.SHAPE).icon("mdi2r-repeat")
            .params(N)
            .summary(c -> "RepeatVector " + N.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction())
            .build();

    public RepeatVector(Config config) {
        super(TYPE, config);
        setInputSpec(InputSpec.builder().ndim(2).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return Shape.ofDims(inputShape.dim(0), get(N), inputShape.dim(1));
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        long[] shape = inputs.shape();
        Tensor column = ops.reshape(inputs, new long[] {shape[0], 1, shape[1]});
        int n = Math.toIntExact(get(N));
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        // Broadcasting against ones repeats the row and sends each repeat's gradient back to it.
        return ops.multiply(column, ops.constant(ones, new long[] {1, n, 1}, inputs.dtype()));
    }
}

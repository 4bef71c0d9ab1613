package org.layerlab.core.layer.reshaping;

import java.util.Arrays;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code Permute}: reorders the axes after the batch axis; {@code dims} counts them from 1, so
 * {@code (2, 1)} swaps the two axes of each sample.
 */
public final class Permute extends Layer {
    static final Param<Object> DIMS = Param.of(ParamSpec.required("dims", ParamKind.INTEGER_LIST).atLeast(0));

    public static final LayerType TYPE = LayerType.builder("Permute", Permute.class, Permute::new)
            .group(LayerGroup.SHAPE).icon("mdi2s-swap-horizontal")
            .params(DIMS)
            .summary(c -> "Permute " + Shape.ofDims(Dims.of("", DIMS.name(), DIMS.from(c))))
            .keras(KerasForm.builtIn().builtAtConstruction())
            .build();

    private final int[] axes;

    public Permute(Config config) {
        super(TYPE, config);
        long[] dims = Dims.of(name(), DIMS.name(), get(DIMS));
        long[] sorted = dims.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != i + 1) {
                throw new ConfigException("dims", "Invalid permutation argument `dims` for Permute Layer. The set of "
                        + "indices in `dims` must be consecutive and start from 1. Received dims=" + Shape.ofDims(dims));
            }
        }
        axes = new int[dims.length + 1];
        for (int i = 0; i < dims.length; i++) {
            axes[i + 1] = (int) dims[i];
        }
        setInputSpec(InputSpec.builder().ndim(dims.length + 1).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        long[] out = new long[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = inputShape.dim(axes[i]);
        }
        return Shape.ofDims(out);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        return context.ops().transpose(inputs, axes);
    }
}

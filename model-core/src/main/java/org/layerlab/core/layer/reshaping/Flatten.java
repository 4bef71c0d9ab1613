package org.layerlab.core.layer.reshaping;

import java.util.List;
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

/**
 * Keras's {@code Flatten}: every axis after the batch axis into one, in row-major order; with
 * {@code channels_first} the channel axis moves last first, so the order matches a channels-last model's.
 */
public final class Flatten extends Layer {
    static final Param<String> DATA_FORMAT = Param.choice("data_format", "channels_last",
            List.of("channels_last", "channels_first"));

    public static final LayerType TYPE = LayerType.builder("Flatten", Flatten.class, Flatten::new)
            .group(LayerGroup.SHAPE).icon("mdi2a-arrow-collapse-horizontal")
            .params(DATA_FORMAT)
            .keras(KerasForm.builtIn().builtAtConstruction())
            .build();

    public Flatten(Config config) {
        super(TYPE, config);
        setInputSpec(InputSpec.builder().minNdim(1).build());
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        long size = 1;
        for (int k = 1; k < inputShape.rank(); k++) {
            size = size == Shape.UNKNOWN || !inputShape.isKnown(k) ? Shape.UNKNOWN : size * inputShape.dim(k);
        }
        return Shape.ofDims(inputShape.dim(0), size);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        long[] shape = inputs.shape();
        Tensor x = inputs;
        if ("channels_first".equals(get(DATA_FORMAT)) && shape.length > 2) {
            int[] axes = new int[shape.length];
            axes[shape.length - 1] = 1;
            for (int k = 1; k < shape.length - 1; k++) {
                axes[k] = k + 1;
            }
            x = ops.transpose(x, axes);
        }
        return ops.reshape(x, new long[] {shape[0], -1});
    }
}

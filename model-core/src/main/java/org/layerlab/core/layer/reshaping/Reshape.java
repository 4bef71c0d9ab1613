package org.layerlab.core.layer.reshaping;

import java.util.Arrays;
import java.util.List;
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
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code Reshape}: each sample takes {@code target_shape} (the batch axis stays), whose one
 * {@code -1} stands for whatever size keeps the number of values. A new layer starts at {@code [-1]},
 * which flattens.
 */
public final class Reshape extends Layer {
    static final Param<Object> TARGET_SHAPE = Param.of(ParamSpec.of("target_shape", ParamKind.INTEGER_LIST,
            List.of(-1L)).atLeast(-1));

    public static final LayerType TYPE = LayerType.builder("Reshape", Reshape.class, Reshape::new)
            .group(LayerGroup.SHAPE).icon("mdi2v-view-grid-outline")
            .params(TARGET_SHAPE)
            .summary(c -> "Reshape " + tuple(Dims.of("", TARGET_SHAPE.name(), TARGET_SHAPE.from(c))))
            .keras(KerasForm.builtIn().builtAtConstruction())
            .build();

    private final long[] target;

    public Reshape(Config config) {
        super(TYPE, config);
        this.target = Dims.of(name(), TARGET_SHAPE.name(), get(TARGET_SHAPE));
        int unknown = 0;
        for (long d : target) {
            if (d == -1) {
                unknown++;
            } else if (d < 1) {
                throw new ConfigException("target_shape", "layer \"" + name() + "\": target_shape sizes must be positive"
                        + " or one -1, got " + Arrays.toString(target));
            }
        }
        if (unknown > 1) {
            throw new ConfigException("target_shape", "There must be at most one unknown dimension in output_shape. "
                    + "Received: output_shape=" + tuple(target));
        }
    }

    /** As Python prints a tuple of integers, -1 included. */
    private static String tuple(long[] dims) {
        String inner = String.join(", ", Arrays.stream(dims).mapToObj(Long::toString).toList());
        return "(" + inner + (dims.length == 1 ? ",)" : ")");
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        long[] out = new long[target.length + 1];
        out[0] = inputShape.dim(0);
        System.arraycopy(target, 0, out, 1, target.length);
        long inputSize = 1;
        for (int k = 1; k < inputShape.rank(); k++) {
            inputSize = inputSize == Shape.UNKNOWN || !inputShape.isKnown(k) ? Shape.UNKNOWN : inputSize * inputShape.dim(k);
        }
        long known = 1;
        int free = -1;
        for (int k = 1; k < out.length; k++) {
            if (out[k] == -1) {
                free = k;
            } else {
                known *= out[k];
            }
        }
        if (inputSize == Shape.UNKNOWN) {
            return Shape.ofDims(out);
        }
        if (free >= 0 && inputSize % known == 0) {
            out[free] = inputSize / known;
        } else if (free >= 0 || known != inputSize) {
            throw new IllegalArgumentException("The total size of the output must be unchanged. Received: input_shape="
                    + inputShape.withoutBatch() + ", target_shape=" + tuple(target));
        }
        return Shape.ofDims(out);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Shape out = computeOutputShape(Shape.ofDims(inputs.shape()));
        return context.ops().reshape(inputs, out.withDim(0, inputs.shape()[0]).toArray());
    }
}

package org.layerlab.core.layer.core;

import java.util.List;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.ParamKind;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Where data enters the model: it has no inputs of its own and gives its batch shape. */
public final class InputLayer extends Layer {
    public static final LayerType TYPE = LayerType.builder("InputLayer", InputLayer.class, InputLayer::new)
            .group(LayerGroup.CORE).icon("mdi2i-import").inputs(InputCount.NONE)
            .params(ParamSpec.required("batch_shape", ParamKind.SHAPE))
            .summary(c -> "Input " + Shape.fromList(c.getList("batch_shape").stream().map(d -> (Number) d).toList()))
            .build();

    private final Shape batchShape;

    public InputLayer(Config config) {
        super(config);
        List<Object> dims = config.getList("batch_shape");
        if (dims == null || dims.isEmpty()) {
            throw new ConfigException("batch_shape", "batch_shape must list at least the batch dimension");
        }
        this.batchShape = Shape.fromList(dims.stream().map(d -> (Number) d).toList());
        for (int i = 1; i < batchShape.rank(); i++) {
            if (batchShape.dim(i) == 0) {
                throw new ConfigException("batch_shape", "batch_shape " + batchShape + " has a zero dimension");
            }
        }
    }

    @Override
    public String className() {
        return TYPE.className();
    }

    public Shape batchShape() {
        return batchShape;
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return batchShape;
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        return batchShape;
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        return inputs;
    }

    @Override
    public Config getConfig() {
        return Config.builder().putAll(super.getConfig()).put("batch_shape", batchShape.toList()).build();
    }
}

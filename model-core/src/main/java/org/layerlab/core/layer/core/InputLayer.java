package org.layerlab.core.layer.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasConfigForm;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** Where data enters the model: it has no inputs of its own and gives its batch shape. */
public final class InputLayer extends Layer {
    static final Param<Shape> BATCH_SHAPE = Param.shape("batch_shape");

    public static final LayerType TYPE = LayerType.builder("InputLayer", InputLayer.class, InputLayer::new)
            .group(LayerGroup.CORE).icon("mdi2i-import").inputs(InputCount.NONE)
            .params(BATCH_SHAPE)
            .summary(c -> "Input " + BATCH_SHAPE.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().configForm(new KerasInputForm()))
            .build();

    public InputLayer(Config config) {
        super(TYPE, config);
        Shape batchShape = get(BATCH_SHAPE);
        if (batchShape.rank() == 0) {
            throw new ConfigException(BATCH_SHAPE.name(), "batch_shape must list at least the batch dimension");
        }
        for (int i = 1; i < batchShape.rank(); i++) {
            if (batchShape.dim(i) == 0) {
                throw new ConfigException(BATCH_SHAPE.name(), "batch_shape " + batchShape + " has a zero dimension");
            }
        }
    }

    public Shape batchShape() {
        return get(BATCH_SHAPE);
    }

    @Override
    public Shape computeOutputShape(Shape inputShape) {
        return batchShape();
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        return batchShape();
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        return inputs;
    }

    /**
     * Keras 1 and 2 give the shape as {@code batch_input_shape}, Keras 3 as {@code batch_shape}; an
     * InputLayer has no weights and Keras does not save its {@code trainable}. A Python script makes it
     * with {@code keras.Input(batch_shape=..., dtype=..., name=...)}.
     */
    private static final class KerasInputForm implements KerasConfigForm {
        @Override
        public Map<String, Object> write(Config config, KerasDialect dialect) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(dialect == KerasDialect.KERAS_2 ? "batch_input_shape" : BATCH_SHAPE.name(),
                    config.getList(BATCH_SHAPE.name()));
            m.put("dtype", config.getString("dtype", "float32"));
            if (dialect != KerasDialect.PYTHON) {
                m.put("sparse", false);
                m.put("ragged", false);
            }
            m.put("name", config.getString("name", null));
            return m;
        }

        @Override
        public Config read(Config fromFile) {
            Config c = fromFile.without("trainable");
            if (c.get("batch_shape") != null) {
                return c;
            }
            if (c.get("batch_input_shape") != null) {
                return c.with("batch_shape", c.get("batch_input_shape"));
            }
            Object shape = c.get("input_shape") != null ? c.get("input_shape") : c.get("shape");
            if (shape instanceof List<?> dims) {
                List<Object> batchShape = new ArrayList<>();
                batchShape.add(c.get("batch_size"));
                batchShape.addAll(dims);
                return c.with("batch_shape", batchShape);
            }
            throw new ConfigException("batch_shape", "batch_shape is missing (an InputLayer needs batch_shape or"
                    + " batch_input_shape)");
        }
    }
}

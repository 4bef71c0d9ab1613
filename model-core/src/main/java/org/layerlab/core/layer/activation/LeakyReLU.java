package org.layerlab.core.layer.activation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.ElementwiseLayer;
import org.layerlab.core.layer.KerasConfigForm;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.Param;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code LeakyReLU}: {@code x} above 0, {@code alpha * x} below. Keras 3 calls the slope
 * {@code negative_slope}; Keras 1 and 2 and TensorFlow.js call it {@code alpha}, so Keras 3 files are
 * written and read with its name.
 */
public final class LeakyReLU extends ElementwiseLayer {
    static final Param<Double> ALPHA = Param.number("alpha", 0.3).atLeast(0);

    public static final LayerType TYPE = LayerType.builder("LeakyReLU", LeakyReLU.class, LeakyReLU::new)
            .group(LayerGroup.ACTIVATION).icon("mdi2c-chart-line")
            .params(ALPHA)
            .summary(c -> "LeakyReLU " + ALPHA.from(c))
            .keras(KerasForm.builtIn().builtAtConstruction().configForm(new SlopeName()))
            .build();

    public LeakyReLU(Config config) {
        super(TYPE, config);
    }

    @Override
    public Tensor call(Tensor inputs, CallContext context) {
        Ops ops = context.ops();
        return ops.where(ops.greater(inputs, ops.scalar(0, inputs.dtype())), inputs,
                ops.multiply(inputs, ops.scalar(get(ALPHA), inputs.dtype())));
    }

    /** {@code alpha} is {@code negative_slope} in Keras 3. */
    private static final class SlopeName implements KerasConfigForm {
        private static final String KERAS3 = "negative_slope";

        @Override
        public Map<String, Object> write(Config config, KerasDialect dialect) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String key : config.keys()) {
                m.put(key.equals(ALPHA.name()) && dialect != KerasDialect.KERAS_2 ? KERAS3 : key, config.get(key));
            }
            return m;
        }

        @Override
        public Config read(Config fromFile) {
            if (!fromFile.has(KERAS3)) {
                return fromFile;
            }
            Config c = fromFile.has(ALPHA.name()) ? fromFile : fromFile.with(ALPHA.name(), fromFile.get(KERAS3));
            return c.without(KERAS3);
        }
    }
}

package org.layerlab.core.layer.merge;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The element-wise product of two or more inputs, Keras's {@code Multiply}; shapes combine as {@link ElementwiseMerge} says. */
public final class Multiply extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Multiply", Multiply.class, Multiply::new)
            .group(LayerGroup.MERGE).icon("mdi2c-close-circle-multiple").inputs(InputCount.MANY)
            .keras(KerasForm.builtIn().keras1Merge("mul"))
            .build();

    public Multiply(Config config) {
        super(TYPE, config);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.multiply(a, b);
    }
}

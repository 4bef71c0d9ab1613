package org.layerlab.core.layer.merge;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The element-wise maximum of two or more inputs, Keras's {@code Maximum}; shapes combine as {@link ElementwiseMerge} says. */
public final class Maximum extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Maximum", Maximum.class, Maximum::new)
            .group(LayerGroup.MERGE).icon("mdi2a-arrow-collapse-up").inputs(InputCount.MANY)
            .keras(KerasForm.builtIn().keras1Merge("max"))
            .build();

    public Maximum(Config config) {
        super(TYPE, config);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.maximum(a, b);
    }
}

package org.layerlab.core.layer.merge;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The element-wise minimum of two or more inputs, Keras's {@code Minimum}; shapes combine as {@link ElementwiseMerge} says. */
public final class Minimum extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Minimum", Minimum.class, Minimum::new)
            .group(LayerGroup.MERGE).icon("mdi2a-arrow-collapse-down").inputs(InputCount.MANY)
            .keras(KerasForm.builtIn())
            .build();

    public Minimum(Config config) {
        super(TYPE, config);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.minimum(a, b);
    }
}

package org.layerlab.core.layer.core;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.merge.ElementwiseMerge;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The element-wise sum of two or more inputs, Keras's {@code Add}; shapes combine as {@link ElementwiseMerge} says. */
public final class Add extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Add", Add.class, Add::new)
            .group(LayerGroup.MERGE).icon("mdi2p-plus-circle-multiple").inputs(InputCount.MANY)
            .keras(KerasForm.builtIn().keras1Merge("sum"))
            .build();

    public Add(Config config) {
        super(TYPE, config);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.add(a, b);
    }
}

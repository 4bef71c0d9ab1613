package org.layerlab.core.layer.merge;

import org.layerlab.core.config.Config;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** The element-wise mean of two or more inputs, Keras's {@code Average}; shapes combine as {@link ElementwiseMerge} says. */
public final class Average extends ElementwiseMerge {
    public static final LayerType TYPE = LayerType.builder("Average", Average.class, Average::new)
            .group(LayerGroup.MERGE).icon("mdi2a-approximately-equal").inputs(InputCount.MANY)
            .keras(KerasForm.builtIn().keras1Merge("ave"))
            .build();

    public Average(Config config) {
        super(TYPE, config);
    }

    @Override
    protected Tensor merge(Tensor a, Tensor b, Ops ops) {
        return ops.add(a, b);
    }

    @Override
    protected Tensor finish(Tensor merged, int count, Ops ops) {
        return ops.divide(merged, ops.scalar(count, merged.dtype()));
    }
}

package org.layerlab.core.io;

import java.util.List;
import java.util.Objects;
import org.layerlab.core.layer.Config;

/**
 * One layer of a model as {@link org.layerlab.core.layer.LayerRegistry#create} takes it.
 *
 * @param className the registered Keras class name, for example {@code Dense}
 * @param config the normalised config: every parameter of the layer's {@link org.layerlab.core.layer.LayerType},
 *     missing ones at their defaults, in the type's order, with Keras 2/3 field names and plain string dtypes
 * @param inbound the tensor feeding each input port, in port order; empty for an {@code InputLayer}
 */
public record LayerEntry(String className, Config config, List<TensorRef> inbound) {
    public LayerEntry {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(config, "config");
        inbound = List.copyOf(inbound);
    }

    /** The layer's unique name, from its config. */
    public String name() {
        return config.getString("name", "");
    }

    public boolean isInputLayer() {
        return "InputLayer".equals(className);
    }
}

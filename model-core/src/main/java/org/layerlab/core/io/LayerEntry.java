package org.layerlab.core.io;

import java.util.List;
import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerType;

/**
 * One layer of a model as {@link org.layerlab.core.layer.LayerRegistry#create} takes it.
 *
 * @param type the registered layer type, which knows how the layer is written in every format
 * @param config the normalised config: every parameter of the layer's {@link LayerType}, missing ones at
 *     their defaults, in the type's order, with Keras 2/3 field names and plain string dtypes
 * @param inbound the tensor feeding each input port, in port order; empty for an {@code InputLayer}
 */
public record LayerEntry(LayerType type, Config config, List<TensorRef> inbound) {
    public LayerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
        inbound = List.copyOf(inbound);
    }

    /** The registered Keras class name, for example {@code Dense}. */
    public String className() {
        return type.className();
    }

    /** The layer's unique name, from its config. */
    public String name() {
        return config.getString("name", "");
    }

    /** Whether the layer is where data enters the model: a type that takes no inputs. */
    public boolean isInputLayer() {
        return type.inputCount().max() == 0;
    }

    /** The same layer with another config. */
    public LayerEntry withConfig(Config newConfig) {
        return new LayerEntry(type, newConfig, inbound);
    }

    /** The same layer fed by other tensors. */
    public LayerEntry withInbound(List<TensorRef> newInbound) {
        return new LayerEntry(type, config, newInbound);
    }
}

package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.layerlab.core.config.Config;

/**
 * A layer entry as found in the file, before its config is normalised.
 *
 * @param className the class name as written
 * @param config the config as written
 * @param inboundNodes the layer's {@code inbound_nodes} as written (functional models), read into
 *     {@code calls} only after the layer classes were checked; {@code null} in Sequential models
 * @param calls the tensors fed to each call of the layer
 * @param nested the model this entry holds when it is itself a model, else {@code null}
 */
record RawLayer(String className, String name, Config config, JsonNode inboundNodes, List<List<TensorRef>> calls,
        RawModel nested) {
    RawLayer {
        calls = calls.stream().map(List::copyOf).toList();
    }

    RawLayer withNested(RawModel newNested) {
        return new RawLayer(className, name, config, inboundNodes, calls, newNested);
    }

    boolean isInputLayer() {
        return "InputLayer".equals(className);
    }

    RawLayer withCalls(List<List<TensorRef>> newCalls) {
        return new RawLayer(className, name, config, inboundNodes, newCalls, nested);
    }
}

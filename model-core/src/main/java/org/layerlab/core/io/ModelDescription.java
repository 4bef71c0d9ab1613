package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.LayerType;

/**
 * A model as read from or written to a file, independent of any format: its layers in an order where
 * every layer comes after the layers it reads from, how they connect, and optionally the weight values.
 * Turning it into a graph is one {@code LayerRegistry.create} per entry and one edge per {@link TensorRef}.
 *
 * @param name the model's name
 * @param sequential whether the file described a {@code Sequential} model
 * @param layers every layer, each after its inbound layers
 * @param inputs the model's input tensors (outputs of {@code InputLayer}s)
 * @param outputs the model's output tensors
 * @param weights weight values by layer name, each layer's in Keras order (kernel, bias); empty when the
 *     file had none
 * @param source the format and version read, with notes on what the import changed
 */
public record ModelDescription(String name, boolean sequential, List<LayerEntry> layers, List<TensorRef> inputs,
        List<TensorRef> outputs, Map<String, List<WeightArray>> weights, ModelSource source) {

    public ModelDescription {
        Objects.requireNonNull(name, "name");
        layers = List.copyOf(layers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Map<String, List<WeightArray>> w = new LinkedHashMap<>();
        weights.forEach((k, v) -> w.put(k, List.copyOf(v)));
        weights = Collections.unmodifiableMap(w);
        Objects.requireNonNull(source, "source");
    }

    /**
     * A chain of layers, each reading the one before, from an {@code InputLayer} first. The entries'
     * inbound connections are set here.
     */
    public static ModelDescription chain(String name, List<Config> configs, List<LayerType> types) {
        if (configs.size() != types.size() || configs.isEmpty()) {
            throw new IllegalArgumentException("a chain needs one layer type per config and at least one layer");
        }
        List<LayerEntry> entries = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            List<TensorRef> inbound = i == 0 ? List.of() : List.of(TensorRef.of(entries.get(i - 1).name()));
            entries.add(new LayerEntry(types.get(i), configs.get(i), inbound));
        }
        return new ModelDescription(name, true, entries, List.of(TensorRef.of(entries.get(0).name())),
                List.of(TensorRef.of(entries.get(entries.size() - 1).name())), Map.of(), ModelSource.layerLab());
    }

    public Optional<LayerEntry> layer(String layerName) {
        return layers.stream().filter(l -> l.name().equals(layerName)).findFirst();
    }

    public boolean hasWeights() {
        return !weights.isEmpty();
    }

    public ModelDescription withWeights(Map<String, List<WeightArray>> newWeights) {
        return new ModelDescription(name, sequential, layers, inputs, outputs, newWeights, source);
    }

    public ModelDescription withSource(ModelSource newSource) {
        return new ModelDescription(name, sequential, layers, inputs, outputs, weights, newSource);
    }

    /**
     * Whether the model is a plain chain from one {@code InputLayer}: each layer reads only the layer
     * before it and the last layer is the only output. Such a model is written as {@code Sequential}.
     */
    public boolean isChain() {
        if (layers.isEmpty() || !layers.get(0).isInputLayer() || inputs.size() != 1 || outputs.size() != 1
                || !inputs.get(0).equals(TensorRef.of(layers.get(0).name()))
                || !outputs.get(0).equals(TensorRef.of(layers.get(layers.size() - 1).name()))) {
            return false;
        }
        for (int i = 1; i < layers.size(); i++) {
            if (!layers.get(i).inbound().equals(List.of(TensorRef.of(layers.get(i - 1).name())))) {
                return false;
            }
        }
        return true;
    }
}

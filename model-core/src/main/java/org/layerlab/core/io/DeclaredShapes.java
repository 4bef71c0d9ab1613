package org.layerlab.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.layer.DeclaredWeight;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.shape.Shape;

/**
 * The output and weight shapes a model declares, worked out from the configs alone, in file order,
 * before any weight exists: each layer type computes its output shape and declares its weights. Where a
 * layer cannot tell (its inputs are unknown or do not fit), its shapes are unknown and the graph's shape
 * inference has the last word. Unknown dimensions are {@code -1}.
 */
final class DeclaredShapes {
    /** A weight a layer will create: its name within the layer and its shape, {@code -1} for unknown sizes. */
    record WeightSpec(DeclaredWeight declared) {
        String name() {
            return declared.name();
        }

        long[] shape() {
            return declared.shape().toArray();
        }

        /** The number of values, counting unknown dimensions as 0; {@link Long#MAX_VALUE} on overflow. */
        long size() {
            return declared.knownSize();
        }

        boolean isKnown() {
            return declared.shape().isFullyKnown();
        }
    }

    private final Map<String, Shape> outputs = new HashMap<>();
    private final Map<String, List<WeightSpec>> weights = new HashMap<>();

    private DeclaredShapes() {
    }

    /** Works through the layers in order; each must come after the layers it reads. */
    static DeclaredShapes of(List<LayerEntry> layers) {
        DeclaredShapes s = new DeclaredShapes();
        for (LayerEntry layer : layers) {
            s.add(layer);
        }
        return s;
    }

    /** The layer's output shape, batch first, or {@code null} when it cannot be told from the configs. */
    long[] output(String layer) {
        Shape shape = outputs.get(layer);
        return shape == null ? null : shape.toArray();
    }

    /** The shape of the layer's first input, or {@code null}. */
    long[] input(LayerEntry layer) {
        return layer.inbound().isEmpty() ? null : output(layer.inbound().get(0).layer());
    }

    /** The shapes of all the layer's inputs, or {@code null} when one is unknown. */
    List<long[]> inputs(LayerEntry layer) {
        List<Shape> shapes = inputShapes(layer);
        return shapes == null ? null : shapes.stream().map(Shape::toArray).toList();
    }

    /** The weights the layer will create in Keras order, or {@code null} when its inputs are unknown. */
    List<WeightSpec> weights(String layer) {
        return weights.get(layer);
    }

    private List<Shape> inputShapes(LayerEntry layer) {
        List<Shape> shapes = new ArrayList<>();
        for (TensorRef ref : layer.inbound()) {
            Shape s = outputs.get(ref.layer());
            if (s == null) {
                return null;
            }
            shapes.add(s);
        }
        return shapes;
    }

    private void add(LayerEntry layer) {
        List<Shape> in = inputShapes(layer);
        if (in == null) {
            return;
        }
        try {
            List<WeightSpec> specs = new ArrayList<>();
            for (DeclaredWeight w : layer.type().declaredWeights(layer.config(), in)) {
                specs.add(new WeightSpec(w));
            }
            weights.put(layer.name(), specs);
        } catch (RuntimeException e) {
            // Inputs the layer does not accept: shape inference reports them, with the layer's own message.
            return;
        }
        try {
            Layer l = layer.type().factory().apply(layer.config());
            outputs.put(layer.name(), l.computeOutputShape(in));
        } catch (RuntimeException e) {
            // As above: the output is unknown, and the layers after it too.
        }
    }
}

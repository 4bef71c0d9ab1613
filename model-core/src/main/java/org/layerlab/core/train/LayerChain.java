package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Tensor;

/** A sequential model: an {@link InputLayer} followed by layers that each take the previous output. */
public final class LayerChain implements ForwardModel {
    private final InputLayer input;
    private final List<Layer> layers;

    /** Builds every layer for the input's shape. */
    public LayerChain(List<Layer> chain) {
        if (chain.isEmpty() || !(chain.get(0) instanceof InputLayer first)) {
            throw new IllegalArgumentException("a layer chain starts with an InputLayer, got "
                    + (chain.isEmpty() ? "no layers" : chain.get(0)));
        }
        this.input = first;
        this.layers = List.copyOf(chain.subList(1, chain.size()));
        Shape shape = input.batchShape();
        for (Layer layer : layers) {
            layer.ensureBuilt(List.of(shape), List.of(input.dtype()));
            shape = layer.computeOutputShape(shape);
        }
    }

    /** Gives every weight its starting values, drawing in layer order from one generator seeded with {@code seed}. */
    public void initialize(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Layer layer : layers) {
            for (Weight w : layer.weights()) {
                w.initialize(rng);
            }
        }
    }

    public List<Layer> layers() {
        return layers;
    }

    @Override
    public Tensor forward(Tensor features, CallContext context, List<Tensor> penalties) {
        Tensor x = features;
        for (Layer layer : layers) {
            x = layer.apply(List.of(x), context);
            Regularizer activity = layer.activityRegularizer();
            if (activity != null) {
                penalties.add(activity.penalty(x, context.ops()));
            }
        }
        return x;
    }

    @Override
    public DType inputDtype() {
        return input.dtype();
    }

    @Override
    public List<Weight> trainableWeights() {
        List<Weight> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.trainableWeights());
        }
        return all;
    }

    /** Every weight, trainable or not, in layer order. */
    public List<Weight> weights() {
        List<Weight> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.weights());
        }
        return all;
    }
}

package org.layerlab.core.tensor.grad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Variable;

/**
 * The record of one forward pass: the tensors a gradient flows through, in the order they were
 * computed, and the weights read as leaves. Running it in reverse from a scalar gives the gradients.
 */
final class Tape {
    private final Set<Variable> differentiable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean recording;
    private final List<TapeTensor> nodes = new ArrayList<>();
    private final Map<Variable, TapeTensor> leaves = new IdentityHashMap<>();

    Tape(Collection<? extends Variable> differentiable, boolean recording) {
        this.differentiable.addAll(differentiable);
        this.recording = recording;
    }

    boolean recording() {
        return recording;
    }

    /** The tensor of a weight; the same one each time, so that a weight read twice gets both gradients. */
    TapeTensor leaf(Variable weight, WeightStore store) {
        TapeTensor t = leaves.get(weight);
        if (t == null) {
            boolean grad = recording && differentiable.contains(weight);
            long[] shape = weight.shape().toArray();
            t = store.isSingle(weight) ? new TapeTensor(store.floats(weight), shape, grad, weight)
                    : new TapeTensor(store.values(weight), shape, weight.dtype(), grad, weight);
            leaves.put(weight, t);
        }
        return t;
    }

    /** Appends a tensor whose backward rule is set. */
    void record(TapeTensor t) {
        nodes.add(t);
    }

    Gradients gradients(TapeTensor loss) {
        if (!recording) {
            throw new IllegalStateException("gradients need recording operations (TapeBackend.recording)");
        }
        if (loss.size() != 1) {
            throw new IllegalArgumentException("gradients need a scalar loss, got shape " + Shape.ofDims(loss.shapeRef()));
        }
        Gradients grads = new Gradients();
        if (!loss.requiresGrad) {
            return grads;
        }
        loss.accumulate(new double[] {1});
        for (int i = nodes.size() - 1; i >= 0; i--) {
            TapeTensor t = nodes.get(i);
            if (t.hasGrad()) {
                t.propagate();
                t.clearGrad();
            }
        }
        nodes.clear();
        for (TapeTensor leaf : leaves.values()) {
            if (leaf.hasGrad()) {
                if (leaf.single()) {
                    grads.put(leaf.weight, leaf.floatGrad());
                } else {
                    grads.put(leaf.weight, leaf.grad());
                }
                leaf.clearGrad();
            }
        }
        return grads;
    }
}

package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.tensor.NdDataTypes;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Immutable copies of a model's weights, layer by layer in topological order: what training
 * reports and what goes back into the graph the user edits.
 */
public record ModelWeights(List<WeightValues> weights) {
    public ModelWeights {
        weights = List.copyOf(weights);
    }

    /** The copy of the weight {@code layer/name}, if any. */
    public Optional<WeightValues> find(String path) {
        return weights.stream().filter(w -> w.path().equals(path)).findFirst();
    }

    /** Whether every value of every weight is a finite number. */
    public boolean allFinite() {
        return weights.stream().allMatch(WeightValues::allFinite);
    }

    /** The number of values. */
    public long countValues() {
        long n = 0;
        for (WeightValues w : weights) {
            n += w.size();
        }
        return n;
    }

    /**
     * Assigns each copy to the weight of the same name in the layer of the same node, when that
     * node still exists and its weight has the same shape and dtype. Call it on the graph's thread.
     *
     * @return the paths of the copies that found no such weight (node removed, layer changed)
     */
    public List<String> applyTo(ModelGraph graph) {
        List<String> unfit = new ArrayList<>();
        for (WeightValues copy : weights) {
            Weight target = graph.contains(copy.node()) ? find(graph.node(copy.node()), copy) : null;
            if (target == null) {
                unfit.add(copy.path());
            } else {
                target.assign(Nd4j.create(copy.values(), copy.shape().toArray(), NdDataTypes.toNd4j(copy.dtype())));
            }
        }
        return unfit;
    }

    private static Weight find(GraphNode node, WeightValues copy) {
        if (node.layer() == null) {
            return null;
        }
        for (Weight w : node.layer().weights()) {
            if (w.name().equals(copy.name()) && w.shape().equals(copy.shape()) && w.dtype() == copy.dtype()) {
                return w;
            }
        }
        return null;
    }
}

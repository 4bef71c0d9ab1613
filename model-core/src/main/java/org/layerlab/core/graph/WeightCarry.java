package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/**
 * Carries trained weight values from a node's layer to the layer its edited config made. The rule: the
 * new layer is built for the input shapes the old one was built for, and every trained weight whose
 * name, shape and dtype the new layer still has keeps its values (a rename, another activation or
 * dropout rate, an initializer or regularizer change); any other trained weight is dropped and named in
 * the result (more units, use_bias off, a failed build).
 */
final class WeightCarry {
    private WeightCarry() {
    }

    /**
     * @param inputDtypes the dtypes of the node's inputs, for the new layer's input spec
     * @return one line per dropped trained weight
     */
    static List<String> carry(GraphNode before, GraphNode after, List<DType> inputDtypes) {
        Layer old = before.layer();
        if (old == null || !old.isBuilt() || old.weights().stream().noneMatch(Weight::isInitialized)) {
            return List.of();
        }
        Layer fresh = after.layer();
        String why = null;
        if (fresh == null) {
            why = "its new config is invalid: " + after.problem().message();
        } else {
            try {
                fresh.ensureBuilt(old.builtInputShapes(), inputDtypes);
            } catch (RuntimeException e) {
                why = "the layer no longer builds for its input: " + e.getMessage();
            }
        }
        List<String> dropped = new ArrayList<>();
        for (Weight w : old.weights()) {
            if (!w.isInitialized()) {
                continue;
            }
            Weight match = why == null ? find(fresh, w) : null;
            if (match != null) {
                match.assign(w.value());
            } else {
                dropped.add("weights of \"" + after.name() + "\" (" + w.name() + ") were reset because "
                        + (why != null ? why : reason(fresh, w)));
            }
        }
        return dropped;
    }

    private static Weight find(Layer layer, Weight old) {
        for (Weight w : layer.weights()) {
            if (w.name().equals(old.name()) && w.shape().equals(old.shape()) && w.dtype() == old.dtype()) {
                return w;
            }
        }
        return null;
    }

    private static String reason(Layer layer, Weight old) {
        for (Weight w : layer.weights()) {
            if (w.name().equals(old.name())) {
                Shape s = w.shape();
                return !s.equals(old.shape()) ? "its shape changed from " + old.shape() + " to " + s
                        : "its dtype changed from " + old.dtype() + " to " + w.dtype();
            }
        }
        return "the layer no longer has it";
    }
}

package org.layerlab.core.io;

import java.util.List;
import java.util.Map;

/**
 * Refuses weights holding NaN or infinity: such a model predicts nothing but NaN, so a file with them is
 * refused when read and a model with them is never written. The message names the layer and the weight.
 */
public final class FiniteWeights {
    private FiniteWeights() {
    }

    /** @throws WeightDataException naming {@code file}, the first layer and weight with a non-finite value */
    public static void require(String file, Map<String, List<WeightArray>> weights) throws WeightDataException {
        for (Map.Entry<String, List<WeightArray>> layer : weights.entrySet()) {
            for (WeightArray w : layer.getValue()) {
                require(file, layer.getKey(), w);
            }
        }
    }

    static void require(String file, String layer, WeightArray w) throws WeightDataException {
        int at = w.firstNonFinite();
        if (at >= 0) {
            throw new WeightDataException(file, layer, "weight \"" + w.name() + "\" holds " + w.value(at)
                    + " at index " + at + "; a model with NaN or infinite weights cannot be used: train it again"
                    + " (a lower learning rate often helps) or use an earlier save");
        }
    }
}

package org.layerlab.core.layer;

import java.util.List;
import org.layerlab.core.config.Config;

/**
 * How a layer takes the standardisation of its input, {@code (x - mean) / std} per feature of the last
 * axis, into its own config and weights, so that on raw {@code x} it computes what it computed on the
 * standardised values. An export uses it to let a trained model take raw measurements.
 */
@FunctionalInterface
public interface StandardizationFold {
    /**
     * @param weights the layer's weight values in the order its type declares them, row-major
     * @return the new config and its weight values in the order the type declares them for that config
     */
    Folded fold(Config config, List<float[]> weights, double[] mean, double[] std);

    /** A layer's config and weight values after the fold. */
    record Folded(Config config, List<float[]> weights) {
        public Folded {
            weights = List.copyOf(weights);
        }
    }
}

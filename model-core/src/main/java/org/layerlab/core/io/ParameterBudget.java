package org.layerlab.core.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerlab.core.train.SessionOptions;

/**
 * A most number of parameters. Reading holds files to {@link ReadLimits#maxParameters()} (a sanity bound:
 * reading builds weight shapes, never values); allocating values for training is held to the much lower
 * {@link #forTraining()} budget, so a large model still opens, validates and summarises and is only told
 * to be over the budget for training.
 *
 * <p>Refuses models that declare more parameters than a budget, before any weight is allocated. The
 * reader checks the counts worked out from the configs (Dense: {@code in × units + units}; Scale:
 * {@code 2 × channels}); layer classes it has no rule for are left to the graph, which calls
 * {@link #checkTotal} with the count of its built layers.
 */
public final class ParameterBudget {
    private final long maxParameters;

    public ParameterBudget(long maxParameters) {
        if (maxParameters <= 0) {
            throw new IllegalArgumentException("the parameter budget must be positive");
        }
        this.maxParameters = maxParameters;
    }

    /** The budget training allocates weights within: {@link SessionOptions#DEFAULT_MAX_PARAMETERS}. */
    public static ParameterBudget forTraining() {
        return new ParameterBudget(SessionOptions.DEFAULT_MAX_PARAMETERS);
    }

    public long maxParameters() {
        return maxParameters;
    }

    /** Whether a model with {@code total} parameters is within the budget. */
    public boolean allows(long total) {
        return total <= maxParameters;
    }

    /**
     * The parameters each layer declares, in layer order (layers of classes without a rule are absent).
     * A weight whose shape is not fully known counts only its known part: a Dense kernel with an unknown
     * input size counts 0, its bias still counts.
     *
     * @throws ParameterBudgetException naming the layer at which the running total passes the budget
     */
    public Map<String, Long> check(String file, ModelDescription model) throws ParameterBudgetException {
        DeclaredShapes shapes = DeclaredShapes.of(model.layers());
        Map<String, Long> perLayer = new LinkedHashMap<>();
        long total = 0;
        for (LayerEntry layer : model.layers()) {
            var specs = shapes.weights(layer.name());
            if (specs == null) {
                continue;
            }
            long count = 0;
            for (DeclaredShapes.WeightSpec w : specs) {
                count = saturatedAdd(count, w.size());
            }
            perLayer.put(layer.name(), count);
            total = saturatedAdd(total, count);
            if (total > maxParameters) {
                throw new ParameterBudgetException(file, layer.name(), total, maxParameters);
            }
        }
        return perLayer;
    }

    /** Checks a total counted elsewhere, for example by the graph from its built layers. */
    public void checkTotal(String file, String layer, long total) throws ParameterBudgetException {
        if (total > maxParameters) {
            throw new ParameterBudgetException(file, layer, total, maxParameters);
        }
    }

    static long saturatedAdd(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
    }
}

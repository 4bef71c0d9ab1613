package org.layerlab.core.data;

import java.util.Set;

/**
 * What the model a table trains says about its target: the output layer's activation and units, and the
 * loss when one is chosen ({@code null} otherwise). A numeric target is read as classes or values as the
 * model means it: a cross-entropy loss means classes and another loss values; without a loss, softmax over
 * several units on whole numbers means classes, one sigmoid unit on 0 and 1 means two classes, and any
 * other output means values.
 */
public record ModelOutput(String activation, long units, String loss) {
    private static final Set<String> CLASS_LOSSES = Set.of("categorical_crossentropy", "sparse_categorical_crossentropy",
            "binary_crossentropy", "CategoricalCrossentropy", "SparseCategoricalCrossentropy", "BinaryCrossentropy");

    /** Whether a numeric target with these distinct values is classes for this model. */
    boolean meansClasses(Set<Double> distinct) {
        if (loss != null) {
            return CLASS_LOSSES.contains(loss);
        }
        boolean whole = distinct.stream().allMatch(v -> v == Math.rint(v));
        if ("softmax".equals(activation) && units > 1) {
            return whole;
        }
        return "sigmoid".equals(activation) && units == 1 && Set.of(0.0, 1.0).containsAll(distinct);
    }
}

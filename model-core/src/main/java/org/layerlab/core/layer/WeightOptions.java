package org.layerlab.core.layer;

import java.util.Objects;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;

/**
 * How a weight starts and is kept in check, Keras's {@code add_weight} keyword arguments:
 * {@code WeightOptions.of(initializer).regularizer(r).constraint(c)}.
 */
public record WeightOptions(Initializer initializer, Regularizer regularizer, Constraint constraint) {

    public WeightOptions {
        Objects.requireNonNull(initializer, "initializer");
    }

    public static WeightOptions of(Initializer initializer) {
        return new WeightOptions(initializer, null, null);
    }

    /** The same options with a regularizer; {@code null} for none. */
    public WeightOptions regularizer(Regularizer r) {
        return new WeightOptions(initializer, r, constraint);
    }

    /** The same options with a constraint; {@code null} for none. */
    public WeightOptions constraint(Constraint c) {
        return new WeightOptions(initializer, regularizer, c);
    }
}

package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.config.Config;

/** Keras 3 {@code Adagrad}: {@code a += g^2}, {@code w -= lr g / sqrt(a + eps)}, a starting at 0.1. */
public final class Adagrad extends Optimizer {
    private final double initialAccumulatorValue;
    private final double epsilon;

    public Adagrad(Config config) {
        super(config, Set.of("initial_accumulator_value", "epsilon"), "adagrad", 0.001, null);
        this.initialAccumulatorValue = positive(config, "initial_accumulator_value", 0.1);
        this.epsilon = positive(config, "epsilon", 1e-7);
    }

    @Override
    public String className() {
        return "Adagrad";
    }

    @Override
    protected int slotCount() {
        return 1;
    }

    @Override
    protected double initialSlotValue() {
        return initialAccumulatorValue;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] state, double lr, long step, boolean single) {
        double[] accumulator = state[0];
        if (single) {
            float lrF = (float) lr;
            float eps = (float) epsilon;
            for (int i = 0; i < w.length; i++) {
                float gi = (float) g[i];
                float ai = (float) accumulator[i] + gi * gi;
                accumulator[i] = ai;
                w[i] = (float) w[i] - lrF * gi / (float) Math.sqrt(ai + eps);
            }
        } else {
            for (int i = 0; i < w.length; i++) {
                double gi = g[i];
                accumulator[i] += gi * gi;
                w[i] -= lr * gi / Math.sqrt(accumulator[i] + epsilon);
            }
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("initial_accumulator_value", initialAccumulatorValue).put("epsilon", epsilon).build();
    }
}

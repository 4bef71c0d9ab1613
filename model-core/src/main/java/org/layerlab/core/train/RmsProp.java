package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * Keras 3 {@code RMSprop}: {@code v = rho v + (1 - rho) g^2},
 * {@code w -= lr g / sqrt(v + eps)} (epsilon inside the root, as Keras 3 has it); centered
 * subtracts the squared running mean of g from v; momentum accumulates the increments.
 */
public final class RmsProp extends Optimizer {
    private final double rho;
    private final double momentum;
    private final double epsilon;
    private final boolean centered;

    public RmsProp(Config config) {
        super(config, Set.of("rho", "momentum", "epsilon", "centered"), "rmsprop", 0.001, null);
        this.rho = unitInterval(config, "rho", 0.9);
        this.momentum = unitInterval(config, "momentum", 0.0);
        this.epsilon = config.getDouble("epsilon", 1e-7);
        if (!(epsilon > 0)) {
            throw new ConfigException("epsilon", "RMSprop epsilon must be positive, got " + epsilon);
        }
        this.centered = config.getBoolean("centered", false);
    }

    private static double unitInterval(Config config, String key, double fallback) {
        double v = config.getDouble(key, fallback);
        if (!(v >= 0 && v <= 1)) {
            throw new ConfigException(key, "RMSprop " + key + " must be in [0, 1], got " + v);
        }
        return v;
    }

    @Override
    public String className() {
        return "RMSprop";
    }

    @Override
    protected int slotCount() {
        return 3;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] state, double lr, long step, boolean single) {
        if (single) {
            updateFloat32(w, g, state, (float) lr);
        } else {
            updateFloat64(w, g, state, lr);
        }
    }

    private void updateFloat32(double[] w, double[] g, double[][] state, float lr) {
        float rhoF = (float) rho;
        float oneMinusRho = (float) (1 - rho);
        float eps = (float) epsilon;
        float mu = (float) momentum;
        double[] velocity = state[0];
        double[] average = state[1];
        double[] moment = state[2];
        for (int i = 0; i < w.length; i++) {
            float gi = (float) g[i];
            float vi = rhoF * (float) velocity[i] + oneMinusRho * (gi * gi);
            velocity[i] = vi;
            float denominator;
            if (centered) {
                float ai = rhoF * (float) average[i] + oneMinusRho * gi;
                average[i] = ai;
                denominator = vi - ai * ai + eps;
            } else {
                denominator = vi + eps;
            }
            float increment = lr * gi / (float) Math.sqrt(denominator);
            if (momentum > 0) {
                float mi = mu * (float) moment[i] + increment;
                moment[i] = mi;
                w[i] = (float) w[i] - mi;
            } else {
                w[i] = (float) w[i] - increment;
            }
        }
    }

    private void updateFloat64(double[] w, double[] g, double[][] state, double lr) {
        double[] velocity = state[0];
        double[] average = state[1];
        double[] moment = state[2];
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            velocity[i] = rho * velocity[i] + (1 - rho) * (gi * gi);
            double denominator;
            if (centered) {
                average[i] = rho * average[i] + (1 - rho) * gi;
                denominator = velocity[i] - average[i] * average[i] + epsilon;
            } else {
                denominator = velocity[i] + epsilon;
            }
            double increment = lr * gi / Math.sqrt(denominator);
            if (momentum > 0) {
                moment[i] = momentum * moment[i] + increment;
                w[i] -= moment[i];
            } else {
                w[i] -= increment;
            }
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("rho", rho).put("momentum", momentum).put("epsilon", epsilon)
                .put("centered", centered).build();
    }
}

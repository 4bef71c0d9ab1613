package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * Keras 3 {@code SGD}: {@code w -= lr g}; with momentum {@code m = momentum m - lr g} and
 * {@code w += m}, or with Nesterov {@code w += momentum m - lr g}.
 */
public final class Sgd extends Optimizer {
    private final double momentum;
    private final boolean nesterov;

    public Sgd(Config config) {
        super(config, Set.of("momentum", "nesterov"), "SGD", 0.01, null);
        this.momentum = config.getDouble("momentum", 0.0);
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new ConfigException("momentum", "SGD momentum must be in [0, 1], got " + momentum);
        }
        this.nesterov = config.getBoolean("nesterov", false);
    }

    @Override
    public String className() {
        return "SGD";
    }

    @Override
    protected int slotCount() {
        return momentum != 0 ? 1 : 0;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] state, double lr, long step, boolean single) {
        if (single) {
            updateFloat32(w, g, state, (float) lr, (float) momentum);
        } else {
            updateFloat64(w, g, state, lr, momentum);
        }
    }

    private void updateFloat32(double[] w, double[] g, double[][] state, float lr, float mu) {
        if (momentum == 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) w[i] - (float) g[i] * lr;
            }
            return;
        }
        double[] m = state[0];
        for (int i = 0; i < w.length; i++) {
            float gi = (float) g[i];
            float mi = (float) m[i] * mu - gi * lr;
            m[i] = mi;
            w[i] = (float) w[i] + (nesterov ? mi * mu - gi * lr : mi);
        }
    }

    private void updateFloat64(double[] w, double[] g, double[][] state, double lr, double mu) {
        if (momentum == 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] -= g[i] * lr;
            }
            return;
        }
        double[] m = state[0];
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * mu - g[i] * lr;
            w[i] += nesterov ? m[i] * mu - g[i] * lr : m[i];
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("momentum", momentum).put("nesterov", nesterov).build();
    }
}

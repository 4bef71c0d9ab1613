package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;

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
        if (momentum == 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] = r(w[i] - r(g[i] * lr, single), single);
            }
            return;
        }
        double mu = r(momentum, single);
        double[] m = state[0];
        for (int i = 0; i < w.length; i++) {
            m[i] = r(r(m[i] * mu, single) - r(g[i] * lr, single), single);
            double delta = nesterov ? r(r(m[i] * mu, single) - r(g[i] * lr, single), single) : m[i];
            w[i] = r(w[i] + delta, single);
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("momentum", momentum).put("nesterov", nesterov).build();
    }
}

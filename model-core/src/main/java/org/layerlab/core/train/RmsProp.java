package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.layer.Config;

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
        this.rho = positive(config, "rho", 0.9);
        this.momentum = positive(config, "momentum", 0.0);
        this.epsilon = positive(config, "epsilon", 1e-7);
        this.centered = config.getBoolean("centered", false);
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
        double rhoR = r(rho, single);
        double oneMinusRho = r(1 - rho, single);
        double eps = r(epsilon, single);
        double mu = r(momentum, single);
        double[] velocity = state[0];
        double[] average = state[1];
        double[] moment = state[2];
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            velocity[i] = r(r(rhoR * velocity[i], single) + r(oneMinusRho * r(gi * gi, single), single), single);
            double denominator;
            if (centered) {
                average[i] = r(r(rhoR * average[i], single) + r(oneMinusRho * gi, single), single);
                denominator = r(r(velocity[i] - r(average[i] * average[i], single), single) + eps, single);
            } else {
                denominator = r(velocity[i] + eps, single);
            }
            double increment = r(r(lr * gi, single) / r(Math.sqrt(denominator), single), single);
            if (momentum > 0) {
                moment[i] = r(r(mu * moment[i], single) + increment, single);
                w[i] = r(w[i] - moment[i], single);
            } else {
                w[i] = r(w[i] - increment, single);
            }
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("rho", rho).put("momentum", momentum).put("epsilon", epsilon)
                .put("centered", centered).build();
    }
}

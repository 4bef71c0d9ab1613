package org.layerlab.core.train;

import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.tensor.grad.Chunks;

/**
 * Keras 3 {@code Adam}, and {@code AdamW} (Adam with decoupled weight decay, 0.004 by default):
 * {@code alpha = lr sqrt(1 - b2^t) / (1 - b1^t)}, {@code m += (g - m)(1 - b1)},
 * {@code v += (g^2 - v)(1 - b2)}, {@code w -= alpha m / (sqrt(v) + eps)}; with amsgrad the running
 * maximum of v replaces v.
 */
public final class Adam extends Optimizer {
    private static final Set<String> KEYS = Set.of("beta_1", "beta_2", "epsilon", "amsgrad");

    private final boolean decoupled;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final boolean amsgrad;

    private Adam(Config config, boolean decoupled) {
        super(config, KEYS, decoupled ? "adamw" : "adam", 0.001, decoupled ? 0.004 : null);
        this.decoupled = decoupled;
        this.beta1 = fraction(config, "beta_1", 0.9);
        this.beta2 = fraction(config, "beta_2", 0.999);
        this.epsilon = positive(config, "epsilon", 1e-7);
        this.amsgrad = config.getBoolean("amsgrad", false);
        if (decoupled && config.has("weight_decay") && config.get("weight_decay") == null) {
            throw new ConfigException("weight_decay", "AdamW needs a number for weight_decay");
        }
    }

    /** Keras's {@code Adam}. */
    public static Adam adam(Config config) {
        return new Adam(config, false);
    }

    /** Keras's {@code AdamW}. */
    public static Adam adamW(Config config) {
        return new Adam(config, true);
    }

    private static double fraction(Config config, String key, double fallback) {
        double v = config.getDouble(key, fallback);
        if (!(v >= 0 && v < 1)) {
            throw new ConfigException(key, key + " must be in [0, 1), got " + v);
        }
        return v;
    }

    @Override
    public String className() {
        return decoupled ? "AdamW" : "Adam";
    }

    @Override
    protected int slotCount() {
        return amsgrad ? 3 : 2;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] state, double lr, long step, boolean single) {
        double b1Power = Math.pow(beta1, step);
        double b2Power = Math.pow(beta2, step);
        double alpha = lr * Math.sqrt(1 - b2Power) / (1 - b1Power);
        if (single) {
            updateThroughFloats(w, g, state, lr, step);
        } else {
            updateFloat64(w, g, state[0], state[1], amsgrad ? state[2] : null, alpha);
        }
    }

    /**
     * The float32 update on floats, in a loop that vectorises (the JIT takes the amsgrad test out of
     * it). A large weight is updated in parts on the training threads ({@link Chunks}). The
     * moments are flushed of tiny values now and then (see {@link #flushInterval}).
     */
    @Override
    protected void updateFloats(float[] w, float[] g, float[][] state, float lr, long step) {
        float b1Power = (float) Math.pow((float) beta1, step);
        float b2Power = (float) Math.pow((float) beta2, step);
        float alpha = lr * (float) Math.sqrt(1 - b2Power) / (1 - b1Power);
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float eps = (float) epsilon;
        float[] m = state[0];
        float[] v = state[1];
        float[] vMax = amsgrad ? state[2] : null;
        Chunks.run(w.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                float gi = g[i];
                float mi = m[i] + (gi - m[i]) * oneMinusB1;
                float vi = v[i] + (gi * gi - v[i]) * oneMinusB2;
                m[i] = mi;
                v[i] = vi;
                if (vMax != null) {
                    vi = Math.max(vMax[i], vi);
                    vMax[i] = vi;
                }
                w[i] = w[i] - mi * alpha / ((float) Math.sqrt(vi) + eps);
            }
        });
        if (step % flushInterval(Math.min(beta1, beta2)) == 0) {
            for (float[] moment : state) {
                flushTiny(moment);
            }
        }
    }

    private void updateFloat64(double[] w, double[] g, double[] m, double[] v, double[] vMax, double alpha) {
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            m[i] += (gi - m[i]) * (1 - beta1);
            v[i] += (gi * gi - v[i]) * (1 - beta2);
            double vi = v[i];
            if (vMax != null) {
                vi = Math.max(vMax[i], vi);
                vMax[i] = vi;
            }
            w[i] -= m[i] * alpha / (Math.sqrt(vi) + epsilon);
        }
    }

    @Override
    public Config config() {
        return baseConfig().put("beta_1", beta1).put("beta_2", beta2).put("epsilon", epsilon)
                .put("amsgrad", amsgrad).build();
    }
}

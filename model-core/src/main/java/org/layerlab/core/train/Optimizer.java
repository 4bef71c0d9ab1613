package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.KerasObject;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Variable;
import org.layerlab.core.tensor.grad.Gradients;
import org.layerlab.core.tensor.grad.Rounding;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * A Keras 3 optimizer: {@link #apply} clips the gradients, applies weight decay, runs each
 * weight's update step, counts the iteration and then applies the weights' constraints, in Keras's
 * order. Update steps compute float32 weights in float arithmetic, so every intermediate value is
 * rounded as in Keras's float32 ops; each is written once per precision because a shared loop with
 * rounding branches does not vectorise and runs ten times slower.
 */
public abstract class Optimizer implements KerasObject {
    private static final Set<String> BASE_KEYS = Set.of("name", "learning_rate", "weight_decay", "clipnorm",
            "global_clipnorm", "clipvalue", "use_ema", "ema_momentum", "ema_overwrite_frequency",
            "loss_scale_factor", "gradient_accumulation_steps", "jit_compile", "is_legacy_optimizer");

    private final String name;
    private final double learningRate;
    private final Double weightDecay;
    private final Double clipnorm;
    private final Double globalClipnorm;
    private final Double clipvalue;
    /** Each weight's state arrays: {@code float[][]} for a float32 weight, else {@code double[][]}. */
    private final Map<Weight, Object> slots = new IdentityHashMap<>();
    private long iterations;

    protected Optimizer(Config config, Set<String> ownKeys, String defaultName, double defaultLearningRate,
            Double defaultWeightDecay) {
        for (String key : config.keys()) {
            if (!BASE_KEYS.contains(key) && !ownKeys.contains(key)) {
                throw new ConfigException(key, "optimizer " + defaultName + " has no setting \"" + key + "\"");
            }
        }
        if (config.get("learning_rate") instanceof Config) {
            throw new ConfigException("learning_rate", "optimizer " + defaultName
                    + ": learning rate schedules are not supported; give a number");
        }
        this.name = config.getString("name", defaultName);
        this.learningRate = positive(config, "learning_rate", defaultLearningRate);
        this.weightDecay = config.has("weight_decay") ? config.getOptionalDouble("weight_decay") : defaultWeightDecay;
        this.clipnorm = config.getOptionalDouble("clipnorm");
        this.globalClipnorm = config.getOptionalDouble("global_clipnorm");
        this.clipvalue = config.getOptionalDouble("clipvalue");
        int clips = (clipnorm != null ? 1 : 0) + (globalClipnorm != null ? 1 : 0) + (clipvalue != null ? 1 : 0);
        if (clips > 1) {
            throw new ConfigException("clipnorm", "optimizer " + defaultName
                    + ": only one of clipnorm, clipvalue and global_clipnorm can be set");
        }
        if (config.getBoolean("use_ema", false)) {
            throw new ConfigException("use_ema", "optimizer " + defaultName + ": use_ema is not supported");
        }
        for (String unsupported : List.of("loss_scale_factor", "gradient_accumulation_steps")) {
            if (config.get(unsupported) != null) {
                throw new ConfigException(unsupported, "optimizer " + defaultName + ": " + unsupported
                        + " is not supported");
            }
        }
    }

    static double positive(Config config, String key, double fallback) {
        double v = config.getDouble(key, fallback);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ConfigException(key, key + " must be a finite number >= 0, got " + v);
        }
        return v;
    }

    public final String name() {
        return name;
    }

    public final double learningRate() {
        return learningRate;
    }

    /** How many updates have been applied. */
    public final long iterations() {
        return iterations;
    }

    /** The number of state arrays the update step keeps per weight. */
    protected abstract int slotCount();

    /** The value state arrays start from. */
    protected double initialSlotValue() {
        return 0;
    }

    /**
     * Updates {@code w} in place from its gradient {@code g}.
     *
     * @param step the 1-based number of this update (Keras's {@code iterations + 1})
     * @param single whether the weight is float32, so every intermediate is rounded to float
     */
    protected abstract void update(double[] w, double[] g, double[][] state, double lr, long step, boolean single);

    /**
     * Updates a float32 weight {@code w} in place from its gradient {@code g}, every intermediate in
     * float32. This default runs {@link #update} on widened copies; an optimiser whose update is hot
     * overrides it with a loop on the floats.
     */
    protected void updateFloats(float[] w, float[] g, float[][] state, float lr, long step) {
        double[] wide = widen(w);
        double[][] wideState = new double[state.length][];
        for (int s = 0; s < state.length; s++) {
            wideState[s] = widen(state[s]);
        }
        update(wide, widen(g), wideState, lr, step, true);
        narrowInto(wide, w);
        for (int s = 0; s < state.length; s++) {
            narrowInto(wideState[s], state[s]);
        }
    }

    /** Below this magnitude optimiser state counts as zero: 2^-100, far above float32's subnormals. */
    private static final float TINY = 0x1p-100f;

    /**
     * How often a decaying state must be flushed by {@link #flushTiny}: state that only decays by
     * {@code factor} per step (its gradient is 0, as for a dead ReLU unit) falls by at most 2^-20
     * between flushes, so from 2^-100 it never reaches float32's subnormals (below 2^-126), whose
     * arithmetic is up to a hundred times slower on x86. TensorFlow flushes them on CPU too.
     */
    protected static long flushInterval(double factor) {
        if (factor <= 0) {
            return Long.MAX_VALUE;
        }
        return Math.max(1, Math.min(256, (long) (20 / -(Math.log(factor) / Math.log(2)))));
    }

    /** Sets every value smaller in magnitude than 2^-100 to 0. A pass of its own, so the update loops stay vectorised. */
    protected static void flushTiny(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) < TINY) {
                values[i] = 0;
            }
        }
    }

    /** Runs {@link #updateFloats} on float copies of a weight kept in doubles, and copies the results back. */
    protected final void updateThroughFloats(double[] w, double[] g, double[][] state, double lr, long step) {
        float[] narrowW = narrow(w);
        float[][] narrowState = new float[state.length][];
        for (int s = 0; s < state.length; s++) {
            narrowState[s] = narrow(state[s]);
        }
        updateFloats(narrowW, narrow(g), narrowState, (float) lr, step);
        widenInto(narrowW, w);
        for (int s = 0; s < state.length; s++) {
            widenInto(narrowState[s], state[s]);
        }
    }

    /** {@code v} rounded to float when {@code single}. */
    protected static double r(double v, boolean single) {
        return single ? (float) v : v;
    }

    /** {@link #apply(List, Gradients, TapeBackend)} for gradients in double precision. */
    public final void apply(List<Weight> weights, Map<? extends Variable, double[]> gradients, TapeBackend backend) {
        apply(weights, Gradients.of(gradients), backend);
    }

    /**
     * One optimisation step for the weights that have a gradient; weights without one are left
     * alone, as Keras does. The backend's weight store holds the values being updated. Float32
     * weights are updated on their floats, from float32 gradients.
     */
    public final void apply(List<Weight> weights, Gradients gradients, TapeBackend backend) {
        WeightStore store = backend.weights();
        List<Weight> updated = new ArrayList<>();
        for (Weight w : weights) {
            if (gradients.has(w)) {
                updated.add(w);
            }
        }
        if (updated.isEmpty()) {
            return;
        }
        List<double[]> clipped = null;
        if (clipnorm != null || globalClipnorm != null || clipvalue != null) {
            clipped = new ArrayList<>();
            for (Weight w : updated) {
                double[] rounded = gradients.doubles(w).clone();
                Rounding.roundInPlace(rounded, w.dtype());
                clipped.add(rounded);
            }
            GradientClipping.clip(clipped, updated, clipnorm, globalClipnorm, clipvalue);
        }
        long step = iterations + 1;
        for (int i = 0; i < updated.size(); i++) {
            Weight w = updated.get(i);
            if (store.isSingle(w)) {
                float[] values = store.floats(w);
                if (weightDecay != null) {
                    decay(values);
                }
                float[] g = clipped == null ? gradients.floats(w) : narrow(clipped.get(i));
                updateFloats(values, g, floatState(w), (float) learningRate, step);
            } else {
                boolean single = w.dtype() != DType.FLOAT64;
                double[] values = store.values(w);
                if (weightDecay != null) {
                    decay(values, single);
                }
                double[] g = clipped == null ? rounded(gradients.doubles(w), w.dtype()) : clipped.get(i);
                update(values, g, state(w), r(learningRate, single), step, single);
            }
        }
        iterations = step;
        for (Weight w : updated) {
            Constraint constraint = w.constraint();
            if (constraint != null) {
                Ops ops = backend.eager();
                store.set(w, ops.values(constraint.apply(ops.read(w), ops)));
            }
        }
    }

    private static double[] rounded(double[] g, DType dtype) {
        double[] r = g.clone();
        Rounding.roundInPlace(r, dtype);
        return r;
    }

    /** Keras's decoupled weight decay, {@code w -= w * weight_decay * lr}, before the update step. */
    private void decay(float[] values) {
        float wd = weightDecay.floatValue();
        float lr = (float) learningRate;
        for (int j = 0; j < values.length; j++) {
            values[j] = values[j] - values[j] * wd * lr;
        }
    }

    private void decay(double[] values, boolean single) {
        if (single) {
            float wd = weightDecay.floatValue();
            float lr = (float) learningRate;
            for (int j = 0; j < values.length; j++) {
                values[j] = (float) values[j] - (float) values[j] * wd * lr;
            }
        } else {
            for (int j = 0; j < values.length; j++) {
                values[j] -= values[j] * weightDecay * learningRate;
            }
        }
    }

    private double[][] state(Weight w) {
        return (double[][]) slots.computeIfAbsent(w, x -> {
            double[][] s = new double[slotCount()][(int) x.size()];
            for (double[] a : s) {
                Arrays.fill(a, initialSlotValue());
            }
            return s;
        });
    }

    private float[][] floatState(Weight w) {
        return (float[][]) slots.computeIfAbsent(w, x -> {
            float[][] s = new float[slotCount()][(int) x.size()];
            for (float[] a : s) {
                Arrays.fill(a, (float) initialSlotValue());
            }
            return s;
        });
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        widenInto(f, d);
        return d;
    }

    private static void widenInto(float[] f, double[] d) {
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
    }

    private static float[] narrow(double[] d) {
        float[] f = new float[d.length];
        narrowInto(d, f);
        return f;
    }

    private static void narrowInto(double[] d, float[] f) {
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) d[i];
        }
    }

    /** The settings every Keras 3 optimizer saves; subclasses add theirs. */
    protected final Config.Builder baseConfig() {
        return Config.builder().put("name", name).put("learning_rate", learningRate).put("weight_decay", weightDecay)
                .put("clipnorm", clipnorm).put("global_clipnorm", globalClipnorm).put("clipvalue", clipvalue)
                .put("use_ema", false).put("ema_momentum", 0.99).put("ema_overwrite_frequency", null)
                .put("loss_scale_factor", null).put("gradient_accumulation_steps", null);
    }
}

package org.layerlab.core.function;

import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code L1(l1=0.01)}, {@code L2(l2=0.01)} and {@code L1L2(l1=0.0, l2=0.0)}: the penalty
 * l1 * sum|x| + l2 * sum x^2 (no factor 1/2), a term left out when its factor is zero as in Keras.
 */
public final class NormPenalty implements Regularizer {
    private final String className;
    private final double l1;
    private final double l2;

    private NormPenalty(String className, double l1, double l2) {
        this.className = className;
        this.l1 = checked("l1", l1);
        this.l2 = checked("l2", l2);
    }

    public static NormPenalty l1(double l1) {
        return new NormPenalty("L1", l1, 0);
    }

    public static NormPenalty l2(double l2) {
        return new NormPenalty("L2", 0, l2);
    }

    public static NormPenalty l1l2(double l1, double l2) {
        return new NormPenalty("L1L2", l1, l2);
    }

    private static double checked(String field, double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new ConfigException(field, "regularizer factor \"" + field + "\" must be a non-negative number, got "
                    + factor);
        }
        return factor;
    }

    public double l1() {
        return l1;
    }

    public double l2() {
        return l2;
    }

    @Override
    public Tensor penalty(Tensor x, Ops ops) {
        Tensor total = ops.scalar(0, x.dtype());
        if (l1 != 0) {
            total = ops.add(total, ops.multiply(ops.scalar(l1, x.dtype()), ops.sumAll(ops.abs(x))));
        }
        if (l2 != 0) {
            total = ops.add(total, ops.multiply(ops.scalar(l2, x.dtype()), ops.sumAll(ops.square(x))));
        }
        return total;
    }

    @Override
    public String className() {
        return className;
    }

    @Override
    public Config config() {
        return switch (className) {
            case "L1" -> Config.builder().put("l1", l1).build();
            case "L2" -> Config.builder().put("l2", l2).build();
            default -> Config.builder().put("l1", l1).put("l2", l2).build();
        };
    }
}

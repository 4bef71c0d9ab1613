package org.layerlab.core.function;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * The {@code axis} of Keras's norm constraints (an integer, or a list such as {@code [0, 1, 2]} for a
 * convolution kernel): the L2 norm of each weight vector along those axes, and the rescaling
 * {@code w * desired / (epsilon + norm)} the constraints share.
 */
public final class AxisNorms {
    /** Keras's {@code backend.epsilon()}. */
    static final double EPSILON = 1e-7;

    private final List<Integer> axes;
    private final boolean asList;

    private AxisNorms(List<Integer> axes, boolean asList) {
        this.axes = List.copyOf(axes);
        this.asList = asList;
    }

    /** Along one axis; negative counts from the end. */
    public static AxisNorms of(int axis) {
        return new AxisNorms(List.of(axis), false);
    }

    /** Along several axes. */
    public static AxisNorms of(List<Integer> axes) {
        if (axes.isEmpty()) {
            throw new ConfigException("axis", "a norm constraint needs at least one axis");
        }
        return new AxisNorms(axes, true);
    }

    /** The {@code axis} field of a constraint's config; Keras's default is 0. */
    static AxisNorms fromConfig(Config config) {
        Object v = config.get("axis");
        if (v == null) {
            return of(0);
        }
        if (v instanceof List<?> list) {
            List<Integer> axes = new ArrayList<>();
            for (Object x : list) {
                if (!(x instanceof Long l)) {
                    throw new ConfigException("axis", "field \"axis\" must be an integer or a list of integers, got " + v);
                }
                axes.add(Math.toIntExact(l));
            }
            return of(axes);
        }
        return of(config.getInt("axis", 0));
    }

    /** As written in a config: an integer, or a list when given as one. */
    Object configValue() {
        return asList ? axes : axes.get(0);
    }

    /** sqrt(sum(w^2)) over the axes, keeping them as size-1 dimensions so the result broadcasts against w. */
    Tensor norms(Tensor w, Ops ops) {
        Tensor squares = ops.square(w);
        for (int axis : axes) {
            int a = axis < 0 ? axis + w.rank() : axis;
            if (a < 0 || a >= w.rank()) {
                throw new ConfigException("axis", "constraint axis " + axis + " is out of range for a weight of rank "
                        + w.rank());
            }
            squares = ops.sum(squares, a, true);
        }
        return ops.sqrt(squares);
    }

    /** w * desired / (epsilon + norms). */
    static Tensor rescale(Tensor w, Tensor desired, Tensor norms, Ops ops) {
        Tensor denominator = ops.add(ops.scalar(EPSILON, norms.dtype()), norms);
        return ops.multiply(w, ops.divide(desired, denominator));
    }

    /** min(max(x, low), high), as {@code ops.clip}. */
    static Tensor clip(Tensor x, double low, double high, Ops ops) {
        return ops.minimum(ops.maximum(x, ops.scalar(low, x.dtype())), ops.scalar(high, x.dtype()));
    }
}

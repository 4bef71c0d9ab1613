package org.layerlab.core.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable tensor shape, batch dimension first, as Keras writes it: unknown dimensions are
 * {@code None}. Printed exactly as Python prints the tuple, so messages read like Keras's:
 * {@code (None, 64)}, {@code (None,)}, {@code ()}.
 */
public final class Shape {
    /** The value stored for an unknown ({@code None}) dimension. */
    public static final long UNKNOWN = -1;

    private final long[] dims;

    private Shape(long[] dims) {
        for (long d : dims) {
            if (d < UNKNOWN) {
                throw new IllegalArgumentException("negative dimension " + d + " in shape " + Arrays.toString(dims));
            }
        }
        this.dims = dims;
    }

    /** A shape from dimensions; {@code null} stands for an unknown dimension. */
    public static Shape of(Long... dims) {
        long[] d = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            d[i] = dims[i] == null ? UNKNOWN : dims[i];
        }
        return new Shape(d);
    }

    /** A shape from dimensions; {@link #UNKNOWN} (-1) stands for an unknown dimension. */
    public static Shape ofDims(long... dims) {
        return new Shape(dims.clone());
    }

    /** A shape with an unknown batch dimension followed by the given known dimensions. */
    public static Shape batchOf(long... featureDims) {
        long[] d = new long[featureDims.length + 1];
        d[0] = UNKNOWN;
        System.arraycopy(featureDims, 0, d, 1, featureDims.length);
        return new Shape(d);
    }

    /** A shape from a JSON-style list where {@code null} is unknown. */
    public static Shape fromList(List<? extends Number> dims) {
        long[] d = new long[dims.size()];
        for (int i = 0; i < d.length; i++) {
            Number n = dims.get(i);
            d[i] = n == null ? UNKNOWN : n.longValue();
        }
        return new Shape(d);
    }

    public int rank() {
        return dims.length;
    }

    /** The dimension at {@code axis}; negative axes count from the end as in Python. */
    public long dim(int axis) {
        return dims[normalizeAxis(axis)];
    }

    public boolean isKnown(int axis) {
        return dim(axis) != UNKNOWN;
    }

    public boolean isFullyKnown() {
        for (long d : dims) {
            if (d == UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /** Python-style axis normalisation; throws when the axis is outside the rank. */
    public int normalizeAxis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new IllegalArgumentException("axis " + axis + " is out of range for shape " + this);
        }
        return a;
    }

    public boolean hasAxis(int axis) {
        return axis >= -dims.length && axis < dims.length;
    }

    public Shape withDim(int axis, long value) {
        long[] d = dims.clone();
        d[normalizeAxis(axis)] = value;
        return new Shape(d);
    }

    /** The dimensions after the batch dimension. */
    public Shape withoutBatch() {
        return new Shape(Arrays.copyOfRange(dims, 1, dims.length));
    }

    /** This shape with an unknown batch dimension put in front. */
    public Shape withBatch() {
        long[] d = new long[dims.length + 1];
        d[0] = UNKNOWN;
        System.arraycopy(dims, 0, d, 1, dims.length);
        return new Shape(d);
    }

    /** Product of all dimensions; only defined when every dimension is known. */
    public long size() {
        long n = 1;
        for (long d : dims) {
            if (d == UNKNOWN) {
                throw new IllegalStateException("shape " + this + " has an unknown dimension");
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    public long[] toArray() {
        return dims.clone();
    }

    /** JSON form: a list with {@code null} for unknown dimensions. */
    public List<Long> toList() {
        List<Long> list = new ArrayList<>(dims.length);
        for (long d : dims) {
            list.add(d == UNKNOWN ? null : d);
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(dims[i] == UNKNOWN ? "None" : Long.toString(dims[i]));
        }
        if (dims.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }
}

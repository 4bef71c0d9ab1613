package org.layerlab.core.shape;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerlab.core.reason.Reason;

/**
 * What a layer accepts as input, with Keras's fields and Keras's checks applied in Keras's order:
 * ndim, max_ndim, min_ndim, dtype, axes, shape. An unknown dimension on either side always matches.
 */
public final class InputSpec {
    private final DType dtype;
    private final Shape shape;
    private final Integer ndim;
    private final Integer maxNdim;
    private final Integer minNdim;
    private final Map<Integer, Long> axes;
    private final boolean allowLastAxisSqueeze;

    private InputSpec(Builder b) {
        this.dtype = b.dtype;
        this.shape = b.shape;
        this.ndim = b.shape != null ? Integer.valueOf(b.shape.rank()) : b.ndim;
        this.maxNdim = b.maxNdim;
        this.minNdim = b.minNdim;
        this.axes = Collections.unmodifiableMap(new LinkedHashMap<>(b.axes));
        this.allowLastAxisSqueeze = b.allowLastAxisSqueeze;
        Integer bound = ndim != null ? ndim : maxNdim;
        if (bound != null && !axes.isEmpty()) {
            int maxAxis = Collections.max(axes.keySet());
            if (maxAxis > bound - 1) {
                throw new IllegalArgumentException(
                        "Axis " + maxAxis + " is greater than the maximum allowed value: " + (bound - 1));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public DType dtype() {
        return dtype;
    }

    public Shape shape() {
        return shape;
    }

    public Integer ndim() {
        return ndim;
    }

    public Integer maxNdim() {
        return maxNdim;
    }

    public Integer minNdim() {
        return minNdim;
    }

    public Map<Integer, Long> axes() {
        return axes;
    }

    public boolean allowLastAxisSqueeze() {
        return allowLastAxisSqueeze;
    }

    /**
     * Checks the inputs of {@code layerName} against the specs, Keras's {@code assert_input_compatibility}.
     * A {@code null} or empty spec list accepts anything; a {@code null} spec entry skips that input.
     *
     * @param dtypes the inputs' dtypes, or {@code null} when they are not known
     */
    public static void check(List<InputSpec> specs, List<Shape> shapes, List<DType> dtypes, String layerName) {
        if (specs == null || specs.isEmpty()) {
            return;
        }
        if (specs.size() != shapes.size()) {
            throw new IncompatibleInputException(layerName, -1, "count",
                    Reason.of("input.count", layerName, specs.size(), shapes.size(), shapes));
        }
        for (int i = 0; i < specs.size(); i++) {
            InputSpec spec = specs.get(i);
            if (spec != null) {
                spec.check(layerName, i, shapes.get(i), dtypes == null ? null : dtypes.get(i));
            }
        }
    }

    /** Checks one input; {@code dtype} may be {@code null} when unknown. */
    public void check(String layerName, int index, Shape received, DType receivedDtype) {
        int rank = received.rank();
        if (ndim != null && !allowLastAxisSqueeze && rank != ndim) {
            throw fail(layerName, index, "ndim", Reason.of("input.ndim", layerName, index, ndim, rank, received));
        }
        if (maxNdim != null && rank > maxNdim) {
            throw fail(layerName, index, "max_ndim", Reason.of("input.maxNdim", layerName, index, maxNdim, rank));
        }
        if (minNdim != null && rank < minNdim) {
            throw fail(layerName, index, "min_ndim",
                    Reason.of("input.minNdim", layerName, index, minNdim, rank, received));
        }
        if (dtype != null && receivedDtype != null && dtype != receivedDtype) {
            throw fail(layerName, index, "dtype", Reason.of("input.dtype", layerName, index, dtype, receivedDtype));
        }
        for (Map.Entry<Integer, Long> e : axes.entrySet()) {
            Long value = e.getValue();
            if (value == null || value == Shape.UNKNOWN) {
                continue;
            }
            int axis = e.getKey();
            boolean matches = received.hasAxis(axis)
                    && (received.dim(axis) == value || received.dim(axis) == Shape.UNKNOWN);
            if (!matches) {
                throw fail(layerName, index, "axes", Reason.of("input.axis", layerName, index, axis, value, received));
            }
        }
        if (shape != null) {
            Shape found = allowLastAxisSqueeze ? squeezeLast(received) : received;
            Shape expected = allowLastAxisSqueeze ? squeezeLast(shape) : shape;
            int n = Math.min(found.rank(), expected.rank());
            for (int i = 0; i < n; i++) {
                long want = expected.dim(i);
                long got = found.dim(i);
                if (want != Shape.UNKNOWN && got != Shape.UNKNOWN && want != got) {
                    throw fail(layerName, index, "shape", Reason.of("input.shape", layerName, index, shape, found));
                }
            }
        }
    }

    private static Shape squeezeLast(Shape s) {
        if (s.rank() > 0 && s.dim(-1) == 1) {
            long[] d = s.toArray();
            return Shape.ofDims(java.util.Arrays.copyOf(d, d.length - 1));
        }
        return s;
    }

    private static IncompatibleInputException fail(String layer, int index, String rule, Reason reason) {
        return new IncompatibleInputException(layer, index, rule, reason);
    }

    /** Keras's {@code InputSpec.get_config()}. */
    public Map<String, Object> toConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dtype", dtype == null ? null : dtype.kerasName());
        c.put("shape", shape == null ? null : shape.toList());
        c.put("ndim", ndim);
        c.put("max_ndim", maxNdim);
        c.put("min_ndim", minNdim);
        Map<String, Long> a = new LinkedHashMap<>();
        axes.forEach((k, v) -> a.put(Integer.toString(k), v));
        c.put("axes", a);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSpec s && Objects.equals(dtype, s.dtype) && Objects.equals(shape, s.shape)
                && Objects.equals(ndim, s.ndim) && Objects.equals(maxNdim, s.maxNdim)
                && Objects.equals(minNdim, s.minNdim) && axes.equals(s.axes)
                && allowLastAxisSqueeze == s.allowLastAxisSqueeze;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, shape, ndim, maxNdim, minNdim, axes, allowLastAxisSqueeze);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("InputSpec(");
        String sep = "";
        if (dtype != null) {
            sb.append(sep).append("dtype=").append(dtype);
            sep = ", ";
        }
        if (shape != null) {
            sb.append(sep).append("shape=").append(shape);
            sep = ", ";
        }
        if (ndim != null) {
            sb.append(sep).append("ndim=").append(ndim);
            sep = ", ";
        }
        if (maxNdim != null) {
            sb.append(sep).append("max_ndim=").append(maxNdim);
            sep = ", ";
        }
        if (minNdim != null) {
            sb.append(sep).append("min_ndim=").append(minNdim);
            sep = ", ";
        }
        if (!axes.isEmpty()) {
            sb.append(sep).append("axes=").append(axes);
        }
        return sb.append(')').toString();
    }

    /** Builds an {@link InputSpec}; a shape, when given, also fixes ndim as in Keras. */
    public static final class Builder {
        private DType dtype;
        private Shape shape;
        private Integer ndim;
        private Integer maxNdim;
        private Integer minNdim;
        private final Map<Integer, Long> axes = new LinkedHashMap<>();
        private boolean allowLastAxisSqueeze;

        private Builder() {
        }

        public Builder dtype(DType dtype) {
            this.dtype = dtype;
            return this;
        }

        public Builder shape(Shape shape) {
            this.shape = shape;
            return this;
        }

        public Builder ndim(int ndim) {
            this.ndim = ndim;
            return this;
        }

        public Builder maxNdim(int maxNdim) {
            this.maxNdim = maxNdim;
            return this;
        }

        public Builder minNdim(int minNdim) {
            this.minNdim = minNdim;
            return this;
        }

        public Builder axis(int axis, long size) {
            this.axes.put(axis, size);
            return this;
        }

        public Builder allowLastAxisSqueeze(boolean allow) {
            this.allowLastAxisSqueeze = allow;
            return this;
        }

        public InputSpec build() {
            return new InputSpec(this);
        }
    }
}

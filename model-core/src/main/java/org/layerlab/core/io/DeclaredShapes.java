package org.layerlab.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layerlab.core.layer.Config;

/**
 * The output and weight shapes a model declares, worked out from the configs alone, in file order,
 * before any layer or weight exists. Knows the built-in layers (InputLayer, Dense, Dropout, Activation,
 * Scale); for other classes shapes are unknown and the graph's shape inference has the last word.
 * Unknown dimensions are {@code -1}.
 */
final class DeclaredShapes {
    /** A weight a layer will create: its name within the layer and its shape. */
    record WeightSpec(String name, long[] shape) {
        WeightSpec {
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** The number of values, counting unknown dimensions as 0; {@link Long#MAX_VALUE} on overflow. */
        long size() {
            long n = 1;
            for (long d : shape) {
                if (d < 0) {
                    return 0;
                }
                try {
                    n = Math.multiplyExact(n, d);
                } catch (ArithmeticException e) {
                    return Long.MAX_VALUE;
                }
            }
            return n;
        }

        boolean isKnown() {
            for (long d : shape) {
                if (d < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, long[]> outputs = new HashMap<>();
    private final Map<String, List<WeightSpec>> weights = new HashMap<>();

    private DeclaredShapes() {
    }

    /** Works through the layers in order; each must come after the layers it reads. */
    static DeclaredShapes of(List<LayerEntry> layers) {
        DeclaredShapes s = new DeclaredShapes();
        for (LayerEntry layer : layers) {
            s.add(layer);
        }
        return s;
    }

    /** The layer's output shape, batch first, or {@code null} when it cannot be told from the configs. */
    long[] output(String layer) {
        long[] shape = outputs.get(layer);
        return shape == null ? null : shape.clone();
    }

    /** The shape of the layer's first input, or {@code null}. */
    long[] input(LayerEntry layer) {
        return layer.inbound().isEmpty() ? null : output(layer.inbound().get(0).layer());
    }

    /** The weights the layer will create in Keras order, or {@code null} for a class without a rule here. */
    List<WeightSpec> weights(String layer) {
        return weights.get(layer);
    }

    private void add(LayerEntry layer) {
        Config c = layer.config();
        long[] in = input(layer);
        switch (layer.className()) {
            case "InputLayer" -> {
                List<Object> dims = c.getList("batch_shape");
                if (dims == null) {
                    // The shape is not set yet: nothing downstream can be counted.
                    put(layer, null, List.of());
                    return;
                }
                long[] shape = new long[dims.size()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = dims.get(i) == null ? -1 : ((Number) dims.get(i)).longValue();
                }
                put(layer, shape, List.of());
            }
            case "Dense" -> {
                long units = c.getLong("units", 0);
                long inDim = in == null || in.length < 2 ? -1 : in[in.length - 1];
                long[] out = in == null || in.length < 2 ? null : in.clone();
                if (out != null) {
                    out[out.length - 1] = units;
                }
                WeightSpec kernel = new WeightSpec("kernel", new long[] {inDim, units});
                put(layer, out, c.getBoolean("use_bias", true)
                        ? List.of(kernel, new WeightSpec("bias", new long[] {units})) : List.of(kernel));
            }
            case "Dropout", "Activation" -> put(layer, in, List.of());
            case "Scale" -> {
                long axis = c.getLong("axis", -1);
                long dim = -1;
                if (in != null && axis >= -in.length && axis < in.length && Math.floorMod(axis, in.length) != 0) {
                    dim = in[(int) Math.floorMod(axis, in.length)];
                }
                put(layer, in, List.of(new WeightSpec("gamma", new long[] {dim}), new WeightSpec("beta",
                        new long[] {dim})));
            }
            default -> outputs.remove(layer.name());
        }
    }

    private void put(LayerEntry layer, long[] out, List<WeightSpec> specs) {
        if (out != null) {
            outputs.put(layer.name(), out.clone());
        }
        weights.put(layer.name(), specs);
    }
}

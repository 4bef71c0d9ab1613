package org.layerlab.core.function;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The activations by their Keras names. */
public final class Activations {
    private static final Map<String, ActivationFunction> BY_NAME = new LinkedHashMap<>();

    static {
        add("linear", (x, ops) -> x);
        add("relu", (x, ops) -> ops.maximum(x, ops.scalar(0, x.dtype())));
    }

    private Activations() {
    }

    private static void add(String name, java.util.function.BiFunction<org.layerlab.core.tensor.Tensor,
            org.layerlab.core.tensor.Ops, org.layerlab.core.tensor.Tensor> f) {
        BY_NAME.put(name, new ActivationFunction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public org.layerlab.core.tensor.Tensor apply(org.layerlab.core.tensor.Tensor x, org.layerlab.core.tensor.Ops ops) {
                return f.apply(x, ops);
            }
        });
    }

    /** The activation for a Keras name; {@code null} means linear, as in Keras. */
    public static ActivationFunction get(String name) {
        if (name == null) {
            return BY_NAME.get("linear");
        }
        ActivationFunction f = BY_NAME.get(name);
        if (f == null) {
            throw new UnknownFunctionException("activation", name, BY_NAME.keySet());
        }
        return f;
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}

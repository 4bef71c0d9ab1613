package org.layerlab.core.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * The activations by the names Keras stores in layer configs. Both Keras 3's names and its aliases
 * are accepted ({@code silu}/{@code swish}, {@code hard_silu}/{@code hard_swish}); an activation keeps
 * the name it was looked up by, so a file is written back as it was read.
 */
public final class Activations {
    private static final Map<String, ActivationFunction> BY_NAME = byName();

    private Activations() {
    }

    private static Map<String, ActivationFunction> byName() {
        Map<String, ActivationFunction> m = new LinkedHashMap<>();
        add(m, "linear", (x, ops) -> x);
        add(m, "relu", ActivationFormulas::relu);
        add(m, "relu6", ActivationFormulas::relu6);
        add(m, "leaky_relu", ActivationFormulas::leakyRelu);
        add(m, "elu", ActivationFormulas::elu);
        add(m, "selu", ActivationFormulas::selu);
        add(m, "sigmoid", ActivationFormulas::sigmoid);
        add(m, "hard_sigmoid", ActivationFormulas::hardSigmoid);
        add(m, "log_sigmoid", ActivationFormulas::logSigmoid);
        add(m, "tanh", ActivationFormulas::tanh);
        add(m, "softplus", ActivationFormulas::softplus);
        add(m, "softsign", ActivationFormulas::softsign);
        add(m, "exponential", ActivationFormulas::exponential);
        add(m, "silu", ActivationFormulas::silu);
        add(m, "swish", ActivationFormulas::silu);
        add(m, "hard_silu", ActivationFormulas::hardSilu);
        add(m, "hard_swish", ActivationFormulas::hardSilu);
        add(m, "gelu", ActivationFormulas::gelu);
        add(m, "mish", ActivationFormulas::mish);
        add(m, "softmax", ActivationFormulas::softmax);
        add(m, "log_softmax", ActivationFormulas::logSoftmax);
        return Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, ActivationFunction> m, String name, BiFunction<Tensor, Ops, Tensor> f) {
        m.put(name, new NamedActivation(name, f));
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

    /** Every accepted name, aliases included, in a stable order. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    private record NamedActivation(String name, BiFunction<Tensor, Ops, Tensor> formula)
            implements ActivationFunction {
        @Override
        public Tensor apply(Tensor x, Ops ops) {
            return formula.apply(x, ops);
        }
    }
}

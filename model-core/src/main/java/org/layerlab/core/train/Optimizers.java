package org.layerlab.core.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.layerlab.core.config.Config;
import org.layerlab.core.function.UnknownFunctionException;

/** Optimizers from and to Keras's serialised forms; names are matched ignoring case, as Keras does. */
public final class Optimizers {
    private static final Map<String, Function<Config, Optimizer>> BY_NAME = byName();

    private Optimizers() {
    }

    private static Map<String, Function<Config, Optimizer>> byName() {
        Map<String, Function<Config, Optimizer>> m = new LinkedHashMap<>();
        m.put("sgd", Sgd::new);
        m.put("adam", Adam::adam);
        m.put("adamw", Adam::adamW);
        m.put("rmsprop", RmsProp::new);
        m.put("adagrad", Adagrad::new);
        return Collections.unmodifiableMap(m);
    }

    /** The Keras names of the supported optimizers. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A new optimizer, with fresh state, from a name ({@code "adam"}) or a {@code {class_name, config}} object. */
    public static Optimizer deserialize(Object spec) {
        String name;
        Config config;
        if (spec instanceof String s) {
            name = s;
            config = Config.empty();
        } else if (spec instanceof Config c) {
            name = c.getString("class_name", "");
            Config inner = c.getConfig("config");
            config = inner == null ? Config.empty() : inner;
        } else {
            throw new UnknownFunctionException("optimizer", String.valueOf(spec), BY_NAME.keySet());
        }
        Function<Config, Optimizer> f = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new UnknownFunctionException("optimizer", name, BY_NAME.keySet());
        }
        return f.apply(config);
    }

    /** To Keras 3's {@code {"module": "keras.optimizers", "class_name": ..., "config": {...}, "registered_name": null}}. */
    public static Config serialize(Optimizer optimizer) {
        return Config.builder().put("module", "keras.optimizers").put("class_name", optimizer.className())
                .put("config", optimizer.config()).put("registered_name", null).build();
    }
}

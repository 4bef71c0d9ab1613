package org.layerlab.core.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A kind of layer: its Keras class name, its parameters and how to create it from a config. The
 * one description of a layer's parameters that the inspector, validation and JSON share.
 *
 * @param className the stable Keras class name saved in files, for example {@code Dense}
 * @param params the layer's own parameters (the common ones are in {@link #COMMON_PARAMS})
 * @param factory creates the layer from a complete, checked config
 * @param help one line that says what the layer does
 */
public record LayerType(String className, List<ParamSpec> params, Function<Config, ? extends Layer> factory,
        String help) {

    /** Parameters every layer has. */
    public static final List<ParamSpec> COMMON_PARAMS = List.of(
            ParamSpec.required("name", ParamKind.STRING, "Unique name of the layer in the model."),
            ParamSpec.of("trainable", ParamKind.BOOLEAN, true, "Whether training updates this layer's weights."),
            ParamSpec.of("dtype", ParamKind.DTYPE, "float32", "Element type of the layer's weights and computation."));

    public LayerType {
        params = List.copyOf(params);
    }

    /** The common parameters followed by the layer's own. */
    public List<ParamSpec> allParams() {
        List<ParamSpec> all = new ArrayList<>(COMMON_PARAMS);
        all.addAll(params);
        return List.copyOf(all);
    }

    /** The prefix of automatic names: {@code Dense} gives {@code dense}, {@code InputLayer} {@code input_layer}. */
    public String namePrefix() {
        return snakeCase(className);
    }

    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(camel.charAt(i - 1))
                        || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))))) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The config of a new layer of this type with every parameter at its default. */
    public Config defaultConfig(String name) {
        Config.Builder b = Config.builder();
        for (ParamSpec p : allParams()) {
            if (p.name().equals("name")) {
                b.put("name", name);
            } else if (!p.required()) {
                b.put(p.name(), p.defaultValue());
            }
        }
        return b.build();
    }
}

package org.layerlab.core.layer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;

/**
 * A kind of layer and everything LayerLab knows about it: its Keras class name, its parameters, the
 * weights it creates, how many inputs it takes, how the editor shows it, how it is written in each file
 * format ({@link KerasForm}) and how to create it from a config. Its texts come from the resource bundle
 * beside its layer class, so a plugin brings its own (see {@link LayerTexts}); nothing elsewhere in
 * LayerLab knows a layer by its class name.
 */
public final class LayerType {

    /** Parameters every layer has. */
    public static final List<ParamSpec> COMMON_PARAMS = List.of(
            ParamSpec.required("name", ParamKind.STRING),
            ParamSpec.of("trainable", ParamKind.BOOLEAN, true),
            ParamSpec.of("dtype", ParamKind.DTYPE, "float32"));

    private final String className;
    private final Class<? extends Layer> layerClass;
    private final Function<Config, ? extends Layer> factory;
    private final List<Param<?>> params;
    private final WeightDeclaration weights;
    private final KerasForm keras;
    private final StandardizationFold standardizationFold;
    private final LayerGroup group;
    private final String iconName;
    private final InputCount inputCount;
    private final Function<Config, String> summary;
    private final LayerTexts texts;

    private LayerType(Builder b) {
        this.className = b.className;
        this.layerClass = b.layerClass;
        this.factory = b.factory;
        this.params = List.copyOf(b.params);
        this.weights = b.weights;
        this.keras = b.keras;
        this.standardizationFold = b.standardizationFold;
        this.group = b.group;
        this.iconName = b.iconName;
        this.inputCount = b.inputCount;
        this.summary = b.summary;
        this.texts = new LayerTexts(b.layerClass);
    }

    /**
     * Starts the description of a layer type.
     *
     * @param className the stable Keras class name saved in files, for example {@code Dense}
     * @param layerClass the class whose resource bundle holds the type's texts
     * @param factory creates the layer from a complete, checked config
     */
    public static Builder builder(String className, Class<? extends Layer> layerClass,
            Function<Config, ? extends Layer> factory) {
        return new Builder(className, layerClass, factory);
    }

    /** The Keras class name, for example {@code Dense}. */
    public String className() {
        return className;
    }

    public Class<? extends Layer> layerClass() {
        return layerClass;
    }

    /** Creates a layer from a complete, checked config; {@link LayerRegistry#create} checks it first. */
    public Function<Config, ? extends Layer> factory() {
        return factory;
    }

    /** The layer's own parameters (the common ones are in {@link #COMMON_PARAMS}). */
    public List<ParamSpec> params() {
        return params.stream().map(Param::spec).toList();
    }

    /** The layer's own parameters with how the layer reads them. */
    public List<Param<?>> typedParams() {
        return params;
    }

    /** The common parameters followed by the layer's own. */
    public List<ParamSpec> allParams() {
        List<ParamSpec> all = new ArrayList<>(COMMON_PARAMS);
        all.addAll(params());
        return List.copyOf(all);
    }

    /**
     * What a new layer of this config accepts before it is built, one spec per input (empty: anything),
     * as the editor checks a wire while it is dragged.
     *
     * @throws org.layerlab.core.config.ConfigException when the config cannot make a layer
     */
    public List<InputSpec> inputSpec(Config config) {
        return factory.apply(withDefaults(config)).inputSpec();
    }

    /**
     * The weights a layer of this config creates for inputs of these shapes, in creation order; sizes that
     * depend on an unknown input size are {@link Shape#UNKNOWN}.
     *
     * @throws RuntimeException when the inputs do not fit the layer
     */
    public List<DeclaredWeight> declaredWeights(Config config, List<Shape> inputShapes) {
        return List.copyOf(weights.declare(withDefaults(config), inputShapes));
    }

    /** How the layer takes the standardisation of its input into its weights, when it can. */
    public Optional<StandardizationFold> standardizationFold() {
        return Optional.ofNullable(standardizationFold);
    }

    /** How the type is written in Keras and TensorFlow.js files. */
    public KerasForm keras() {
        return keras;
    }

    /** A complete config as {@code dialect} writes it; nested objects stay {@link Config}s. */
    public Map<String, Object> kerasConfig(Config config, KerasDialect dialect) {
        return keras.write(config, withDefaults(Config.empty().with("name", config.get("name"))), dialect);
    }

    /**
     * Whether a layer a Keras file of any version gives as {@code className} with this config is of this
     * type: its own class name, or Keras 1's {@code Merge} in the type's mode.
     */
    public boolean readsKeras(String className, Config config) {
        return this.className.equals(className) || keras.readsKeras1(this.className, className, config);
    }

    /**
     * A config from a Keras file of any version in LayerLab's names: Keras 1 names replaced (today's win)
     * and the type's own Keras form undone. Fields the type does not know are left for the caller to note.
     *
     * @throws org.layerlab.core.config.ConfigException naming a field that is missing or wrong
     */
    public Config fromKeras(Config fromFile) {
        return keras.read(keras.fromKeras1(fromFile));
    }

    /** Field names only Keras 1 used for this type, which tell a Keras 1 file apart. */
    public Set<String> keras1FieldNames() {
        return keras.keras1FieldNames();
    }

    /** The Keras 3 Python class of a type Keras lacks, from the resource beside the layer class. */
    public Optional<String> pythonClassSource() {
        return resource(keras.pythonResource());
    }

    /** The TensorFlow.js class of a type TF.js lacks, from the resource beside the layer class. */
    public Optional<String> javascriptClassSource() {
        return resource(keras.javascriptResource());
    }

    private Optional<String> resource(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try (InputStream in = layerClass.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("layer type " + className + " names the resource " + name
                        + " beside " + layerClass.getName() + ", which is missing");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " of layer type " + className, e);
        }
    }

    public LayerGroup group() {
        return group;
    }

    /** An Ikonli Material Design 2 icon literal, for example {@code mdi2v-vector-polyline}. */
    public String iconName() {
        return iconName;
    }

    public InputCount inputCount() {
        return inputCount;
    }

    /**
     * The key parameters in one line, {@code Dense 64 relu}; missing fields take their defaults, and
     * a config the type cannot read gives the bare class name.
     */
    public String summary(Config config) {
        try {
            return summary.apply(withDefaults(config));
        } catch (RuntimeException e) {
            // A half-edited config in the inspector must not break the node's label.
            return className;
        }
    }

    /** What the layer does, in one line, in the locale or else in English. */
    public String description(Locale locale) {
        return texts.description(locale);
    }

    /** A parameter's help in the locale or else in English; empty when the type has none for it. */
    public String paramHelp(String param, Locale locale) {
        return texts.paramHelp(param, locale);
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

    /** The config with every missing optional parameter at its default. */
    public Config withDefaults(Config config) {
        Config c = config;
        for (ParamSpec p : allParams()) {
            if (!c.has(p.name()) && !p.required()) {
                c = c.with(p.name(), p.defaultValue());
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "LayerType[" + className + "]";
    }

    /** Collects a layer type's description; only the class name, layer class and factory are required. */
    public static final class Builder {
        private final String className;
        private final Class<? extends Layer> layerClass;
        private final Function<Config, ? extends Layer> factory;
        private final List<Param<?>> params = new ArrayList<>();
        private WeightDeclaration weights = WeightDeclaration.NONE;
        private KerasForm keras = KerasForm.customWithoutSources();
        private StandardizationFold standardizationFold;
        private LayerGroup group = LayerGroup.CUSTOM;
        private String iconName = "mdi2c-cube-outline";
        private InputCount inputCount = InputCount.ONE;
        private Function<Config, String> summary;

        private Builder(String className, Class<? extends Layer> layerClass, Function<Config, ? extends Layer> factory) {
            this.className = Objects.requireNonNull(className, "className");
            this.layerClass = Objects.requireNonNull(layerClass, "layerClass");
            this.factory = Objects.requireNonNull(factory, "factory");
            this.summary = config -> className;
        }

        /** Parameters described only, read by the layer from its config as they are. */
        public Builder params(ParamSpec... specs) {
            for (ParamSpec spec : specs) {
                params.add(Param.of(spec));
            }
            return this;
        }

        /** Parameters the layer reads through {@link Layer#get(Param)}; its config is derived from them. */
        public Builder params(Param<?>... typed) {
            params.addAll(List.of(typed));
            return this;
        }

        /** The weights the layer creates; none when not given. */
        public Builder weights(WeightDeclaration declaration) {
            this.weights = Objects.requireNonNull(declaration);
            return this;
        }

        /** How the type is written in Keras and TF.js files; a custom class without sources when not given. */
        public Builder keras(KerasForm form) {
            this.keras = Objects.requireNonNull(form);
            return this;
        }

        public Builder group(LayerGroup layerGroup) {
            this.group = Objects.requireNonNull(layerGroup);
            return this;
        }

        public Builder icon(String ikonliLiteral) {
            this.iconName = Objects.requireNonNull(ikonliLiteral);
            return this;
        }

        public Builder inputs(InputCount count) {
            this.inputCount = Objects.requireNonNull(count);
            return this;
        }

        /** How the layer takes the standardisation of its input into its weights. */
        public Builder standardizationFold(StandardizationFold fold) {
            this.standardizationFold = Objects.requireNonNull(fold);
            return this;
        }

        /** The one-line summary, given a config with every default filled in. */
        public Builder summary(Function<Config, String> oneLine) {
            this.summary = Objects.requireNonNull(oneLine);
            return this;
        }

        public LayerType build() {
            return new LayerType(this);
        }
    }
}

package org.layerlab.core.layer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.layerlab.core.config.Config;

/**
 * How a layer type is written in Keras 1, 2 and 3 and TensorFlow.js files: whether Keras and TF.js have
 * the class built in (else the type ships its Python and JavaScript class sources as resources beside its
 * layer class), Keras 1's names for its fields, which Keras 1 {@code Merge} mode it stands for, and config
 * fields left out when at their default. Immutable; each method returns a changed copy.
 */
public final class KerasForm {
    /** Keras 1's one merge layer: its class name and the fields that only choose or shape the merge. */
    private static final String KERAS1_MERGE = "Merge";
    private static final Set<String> KERAS1_MERGE_FIELDS = Set.of("mode", "mode_type", "concat_axis", "dot_axes",
            "output_shape", "output_shape_type", "output_mask", "output_mask_type", "arguments");

    private final boolean builtIn;
    private final boolean builtAtConstruction;
    private final String pythonResource;
    private final String javascriptResource;
    private final Map<String, String> keras1Names;
    private final String keras1ClassName;
    private final Map<String, Object> keras1Match;
    private final Set<String> keras1Ignored;
    private final Set<String> omittedAtDefault;
    private final KerasConfigForm configForm;

    private KerasForm(boolean builtIn, boolean builtAtConstruction, String pythonResource, String javascriptResource,
            Map<String, String> keras1Names, String keras1ClassName, Map<String, Object> keras1Match,
            Set<String> keras1Ignored, Set<String> omittedAtDefault, KerasConfigForm configForm) {
        this.builtIn = builtIn;
        this.builtAtConstruction = builtAtConstruction;
        this.pythonResource = pythonResource;
        this.javascriptResource = javascriptResource;
        this.keras1Names = Map.copyOf(keras1Names);
        this.keras1ClassName = keras1ClassName;
        this.keras1Match = Map.copyOf(keras1Match);
        this.keras1Ignored = Set.copyOf(keras1Ignored);
        this.omittedAtDefault = Set.copyOf(omittedAtDefault);
        this.configForm = configForm;
    }

    /** A class of {@code keras.layers} that TensorFlow.js's {@code tf.layers} has too. */
    public static KerasForm builtIn() {
        return new KerasForm(true, false, null, null, Map.of(), null, Map.of(), Set.of(), Set.of(), null);
    }

    /**
     * A class Keras and TensorFlow.js do not have: its sources are resources beside the layer class, a
     * Python class (a {@code keras.layers.Layer}) and a JavaScript class (a {@code tf.layers.Layer}, with
     * {@code tf} in scope and {@code static className} set), written beside every export that needs them.
     */
    public static KerasForm custom(String pythonResource, String javascriptResource) {
        return new KerasForm(false, false, Objects.requireNonNull(pythonResource),
                Objects.requireNonNull(javascriptResource), Map.of(), null, Map.of(), Set.of(), Set.of(), null);
    }

    /** A custom class without sources: it reads and writes Keras JSON, but exports needing code refuse it. */
    public static KerasForm customWithoutSources() {
        return new KerasForm(false, false, null, null, Map.of(), null, Map.of(), Set.of(), Set.of(), null);
    }

    /**
     * A class of {@code keras.layers} that TensorFlow.js lacks or reads only in part (it ignores options it
     * does not know): its JavaScript class is a resource beside the layer class, written beside TF.js
     * exports and registered under the Keras class name, in place of TF.js's own class if it has one.
     */
    public KerasForm tfjsClass(String javascriptResourceName) {
        if (!builtIn) {
            throw new IllegalStateException("a custom class gives its JavaScript class in KerasForm.custom");
        }
        return new KerasForm(true, builtAtConstruction, pythonResource, Objects.requireNonNull(javascriptResourceName),
                keras1Names, keras1ClassName, keras1Match, keras1Ignored, omittedAtDefault, configForm);
    }

    /** Keras 3 builds the layer in its constructor, so its JSON has no {@code build_config}. */
    public KerasForm builtAtConstruction() {
        return new KerasForm(builtIn, true, pythonResource, javascriptResource, keras1Names, keras1ClassName,
                keras1Match, keras1Ignored, omittedAtDefault, configForm);
    }

    /** Keras 1's field names, as pairs: Keras 1 name, then today's ({@code "output_dim", "units", ...}). */
    public KerasForm keras1Names(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Keras 1 names come in pairs, got " + List.of(pairs));
        }
        Map<String, String> names = new LinkedHashMap<>(keras1Names);
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return new KerasForm(builtIn, builtAtConstruction, pythonResource, javascriptResource, names,
                keras1ClassName, keras1Match, keras1Ignored, omittedAtDefault, configForm);
    }

    /** Keras 1's {@code Merge} layer in this {@code mode} ({@code "sum"}, {@code "concat"}, ...) is this type. */
    public KerasForm keras1Merge(String mode) {
        return new KerasForm(builtIn, builtAtConstruction, pythonResource, javascriptResource, keras1Names,
                KERAS1_MERGE, Map.of("mode", mode), KERAS1_MERGE_FIELDS, omittedAtDefault, configForm);
    }

    /** Config fields Keras files leave out while they hold their default (a class that predates them reads the rest). */
    public KerasForm omittedAtDefault(String... fields) {
        Set<String> omitted = new LinkedHashSet<>(omittedAtDefault);
        omitted.addAll(List.of(fields));
        return new KerasForm(builtIn, builtAtConstruction, pythonResource, javascriptResource, keras1Names,
                keras1ClassName, keras1Match, keras1Ignored, omitted, configForm);
    }

    /** A config form of the type's own, for a type whose Keras fields are not its config's. */
    public KerasForm configForm(KerasConfigForm form) {
        return new KerasForm(builtIn, builtAtConstruction, pythonResource, javascriptResource, keras1Names,
                keras1ClassName, keras1Match, keras1Ignored, omittedAtDefault, Objects.requireNonNull(form));
    }

    /** Whether {@code keras.layers} has the class (TF.js too, unless {@link #tfjsClass} says otherwise). */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /** Whether TensorFlow.js's {@code tf.layers} has the class and reads every option of it. */
    public boolean isBuiltInTfjs() {
        return builtIn && javascriptResource == null;
    }

    public boolean isBuiltAtConstruction() {
        return builtAtConstruction;
    }

    String pythonResource() {
        return pythonResource;
    }

    String javascriptResource() {
        return javascriptResource;
    }

    /** Whether a Keras 1 layer of this class with this config is of this type ({@code ownClassName} is the type's). */
    boolean readsKeras1(String ownClassName, String className, Config config) {
        if (keras1ClassName == null) {
            return ownClassName.equals(className);
        }
        if (!keras1ClassName.equals(className)) {
            return false;
        }
        for (Map.Entry<String, Object> e : keras1Match.entrySet()) {
            if (!e.getValue().equals(config.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the type is read from Keras 1 layers of this class in some configs. */
    boolean readsKeras1Class(String className) {
        return className.equals(keras1ClassName);
    }

    /** The Keras 1 field values that pick this type among those sharing a Keras 1 class, as text. */
    public String keras1Match() {
        return keras1Match.isEmpty() ? "" : keras1Match.toString();
    }

    /** The Keras 1 field names this type renames. */
    Set<String> keras1FieldNames() {
        return keras1Names.keySet();
    }

    /** A config with Keras 1 field names replaced by today's and Keras 1's merge fields gone; today's name wins. */
    Config fromKeras1(Config config) {
        Config c = config;
        for (Map.Entry<String, String> pair : keras1Names.entrySet()) {
            if (c.has(pair.getKey())) {
                if (!c.has(pair.getValue())) {
                    c = c.with(pair.getValue(), c.get(pair.getKey()));
                }
                c = c.without(pair.getKey());
            }
        }
        for (String field : keras1Ignored) {
            c = c.without(field);
        }
        return c;
    }

    /** The config as {@code dialect} writes it. */
    Map<String, Object> write(Config config, Config defaults, KerasDialect dialect) {
        if (configForm != null) {
            return configForm.write(config, dialect);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : config.keys()) {
            Object value = config.get(key);
            if (!(omittedAtDefault.contains(key) && Objects.equals(value, defaults.get(key)))) {
                m.put(key, value);
            }
        }
        return m;
    }

    /** A config as read from a Keras file, in LayerLab's names. */
    Config read(Config fromFile) {
        return configForm == null ? fromFile : configForm.read(fromFile);
    }
}

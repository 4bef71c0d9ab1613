package org.layerlab.core.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * The Keras functions of one kind (initializers, regularizers or constraints) by every name Keras
 * resolves: the class name, its snake_case form and the aliases, as in Keras's
 * {@code ALL_OBJECTS_DICT}. Built once and immutable.
 */
final class FunctionTable<T extends KerasObject> {
    private final String kind;
    private final Map<String, Entry<T>> byName;
    private final List<String> classNames;
    private final List<String> snakeNames;
    private final Set<String> ignoredFields;

    private record Entry<T>(String className, Set<String> fields, Function<Config, T> factory) {
    }

    private FunctionTable(Builder<T> b) {
        this.kind = b.kind;
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(b.byName));
        this.classNames = List.copyOf(b.classNames);
        this.snakeNames = List.copyOf(b.snakeNames);
        this.ignoredFields = Set.copyOf(b.ignoredFields);
    }

    static <T extends KerasObject> Builder<T> builder(String kind) {
        return new Builder<>(kind);
    }

    /** Keras's {@code to_snake_case}: {@code GlorotUniform} to {@code glorot_uniform}, {@code L1L2} to {@code l1l2}. */
    static String toSnakeCase(String className) {
        String name = className.replaceAll("\\W+", "");
        name = name.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * From a string identifier, or a {@code {class_name, config}} object; Keras 3's extra keys
     * ({@code module}, {@code registered_name}) are ignored because the class name alone decides.
     */
    T deserialize(Object spec) {
        String name;
        Config config;
        if (spec instanceof String s) {
            name = s;
            config = Config.empty();
        } else if (spec instanceof Config || spec instanceof Map<?, ?>) {
            Config outer = spec instanceof Config c ? c : fromMap((Map<?, ?>) spec);
            Object className = outer.get("class_name");
            if (!(className instanceof String s)) {
                throw new ConfigException("class_name", "a serialised " + kind
                        + " needs a string \"class_name\", got " + outer);
            }
            name = s;
            Config inner = outer.getConfig("config");
            config = inner == null ? Config.empty() : inner;
        } else {
            throw new UnknownFunctionException(kind, String.valueOf(spec), classNames);
        }
        Entry<T> entry = byName.get(name);
        if (entry == null) {
            throw new UnknownFunctionException(kind, name, classNames);
        }
        for (String key : config.keys()) {
            if (!entry.fields().contains(key) && !ignoredFields.contains(key)) {
                String fields = entry.fields().isEmpty() ? "it has none"
                        : "its fields are " + String.join(", ", entry.fields());
                throw new ConfigException(key, kind + " " + entry.className() + " has no field \"" + key + "\"; "
                        + fields);
            }
        }
        return entry.factory().apply(config);
    }

    private static Config fromMap(Map<?, ?> map) {
        Config.Builder b = Config.builder();
        map.forEach((k, v) -> b.put(String.valueOf(k), v));
        return b.build();
    }

    /** Keras's legacy form {@code {"class_name": ..., "config": {...}}}. */
    static Config serialize(KerasObject f) {
        return Config.builder().put("class_name", f.className()).put("config", f.config()).build();
    }

    /** The snake_case identifiers, in registration order, for menus. */
    List<String> names() {
        return snakeNames;
    }

    static final class Builder<T extends KerasObject> {
        private final String kind;
        private final Map<String, Entry<T>> byName = new LinkedHashMap<>();
        private final List<String> classNames = new ArrayList<>();
        private final List<String> snakeNames = new ArrayList<>();
        private final Set<String> ignoredFields = new LinkedHashSet<>();

        private Builder(String kind) {
            this.kind = kind;
        }

        /** A class under its name and its snake_case name; {@code fields} are the config keys it accepts. */
        Builder<T> add(String className, List<String> fields, Function<Config, T> factory) {
            Entry<T> e = new Entry<>(className, new LinkedHashSet<>(fields), factory);
            classNames.add(className);
            snakeNames.add(toSnakeCase(className));
            byName.put(className, e);
            byName.put(toSnakeCase(className), e);
            return this;
        }

        /** Another name for an already added class. */
        Builder<T> alias(String alias, String className) {
            Entry<T> e = byName.get(className);
            if (e == null) {
                throw new IllegalStateException("alias " + alias + " of unknown class " + className);
            }
            byName.put(alias, e);
            return this;
        }

        /** An alias that builds the class with other defaults (Keras 2's shortcut functions). */
        Builder<T> alias(String alias, String className, Function<Config, T> factory) {
            Entry<T> e = byName.get(className);
            if (e == null) {
                throw new IllegalStateException("alias " + alias + " of unknown class " + className);
            }
            byName.put(alias, new Entry<>(className, e.fields(), factory));
            return this;
        }

        /** Config keys that old writers added and that carry no meaning here. */
        Builder<T> ignoring(String field) {
            ignoredFields.add(field);
            return this;
        }

        FunctionTable<T> build() {
            return new FunctionTable<>(this);
        }
    }
}

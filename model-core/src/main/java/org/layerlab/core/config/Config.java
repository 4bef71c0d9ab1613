package org.layerlab.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Keras config dictionary: ordered keys to JSON-like values (String, Long, Double, Boolean,
 * {@code null}, List, Config). Numbers are normalised (integers to Long, others to Double) so that
 * two configs that mean the same compare equal. Typed getters fail with {@link ConfigException},
 * naming the field and what it held.
 */
public final class Config {
    private final Map<String, Object> values;

    private Config(Map<String, Object> values) {
        this.values = values;
    }

    public static Config empty() {
        return new Config(Collections.emptyMap());
    }

    /** A config from a JSON-like map (for example one that Jackson read). */
    public static Config of(Map<String, ?> map) {
        Map<String, Object> m = new LinkedHashMap<>();
        map.forEach((k, v) -> m.put(k, normalize(v)));
        return new Config(Collections.unmodifiableMap(m));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A value in the one form configs hold: integers as Long, other numbers as Double, maps as Config. */
    public static Object normalize(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Config) {
            return v;
        }
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof java.math.BigInteger bi) {
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi.doubleValue();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), x));
            return of(m);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(normalize(x));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof long[] arr) {
            List<Object> out = new ArrayList<>(arr.length);
            for (long x : arr) {
                out.add(x);
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Enum<?> e) {
            return e.toString();
        }
        throw new IllegalArgumentException("a config value must be JSON-like, got " + v.getClass().getSimpleName());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value (possibly {@code null}) or {@code null} when absent. */
    public Object get(String key) {
        return values.get(key);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public int size() {
        return values.size();
    }

    public String getString(String key, String fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        throw wrongType(key, "a string", v);
    }

    public long getLong(String key, long fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            return d.longValue();
        }
        throw wrongType(key, "an integer", v);
    }

    public int getInt(String key, int fallback) {
        long l = getLong(key, fallback);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw new ConfigException(key, "field \"" + key + "\" is too large: " + l);
        }
        return (int) l;
    }

    public double getDouble(String key, double fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongType(key, "a number", v);
    }

    /** A nullable number as Double. */
    public Double getOptionalDouble(String key) {
        return values.get(key) == null ? null : getDouble(key, 0);
    }

    /** A nullable integer as Long. */
    public Long getOptionalLong(String key) {
        return values.get(key) == null ? null : getLong(key, 0);
    }

    public boolean getBoolean(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(key, "true or false", v);
    }

    public Config getConfig(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Config c) {
            return c;
        }
        throw wrongType(key, "an object", v);
    }

    public List<Object> getList(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(new ArrayList<>(l));
        }
        throw wrongType(key, "a list", v);
    }

    /** A new config with one key set (added at the end if new). */
    public Config with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key, normalize(value));
        return new Config(Collections.unmodifiableMap(m));
    }

    /** A new config without the key. */
    public Config without(String key) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.remove(key);
        return new Config(Collections.unmodifiableMap(m));
    }

    /** A plain, mutable JSON-like map (nested configs become maps), for serialisers. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, plain(v)));
        return m;
    }

    private static Object plain(Object v) {
        if (v instanceof Config c) {
            return c.toMap();
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(plain(x));
            }
            return out;
        }
        return v;
    }

    private static ConfigException wrongType(String key, String expected, Object got) {
        String shown = got instanceof String s ? "\"" + s + "\"" : String.valueOf(got);
        return new ConfigException(key, "field \"" + key + "\" must be " + expected + ", got " + shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config c && values.equals(c.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Builds a config in insertion order. */
    public static final class Builder {
        private final Map<String, Object> m = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String key, Object value) {
            m.put(key, normalize(value));
            return this;
        }

        public Builder putAll(Config c) {
            c.values.forEach(m::put);
            return this;
        }

        public Config build() {
            return new Config(Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        }
    }
}

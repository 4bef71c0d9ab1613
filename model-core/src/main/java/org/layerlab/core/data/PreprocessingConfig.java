package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * The project-file form of {@link Preprocessing}:
 * <pre>
 * {"columns": [{"name": "sepal_length", "type": "numeric"},
 *              {"name": "colour", "type": "categorical", "categories": ["blue", "red"]}],
 *  "standardization": {"mean": [...], "std": [...]},
 *  "target": {"name": "species", "kind": "multiclass", "classes": ["setosa", ...]}}
 * </pre>
 * The standardisation arrays have one entry per model input (after one-hot encoding).
 */
final class PreprocessingConfig {
    private PreprocessingConfig() {
    }

    static Config write(Preprocessing p) {
        List<Object> columns = new ArrayList<>();
        for (FeatureColumn c : p.columns()) {
            Config.Builder b = Config.builder().put("name", c.name());
            switch (c) {
                case FeatureColumn.Numeric n -> b.put("type", "numeric");
                case FeatureColumn.Categorical cat -> b.put("type", "categorical").put("categories", cat.categories());
            }
            columns.add(b.build());
        }
        Config standardization = Config.builder()
                .put("mean", toList(p.standardization().mean()))
                .put("std", toList(p.standardization().std()))
                .build();
        Target t = p.target();
        Config.Builder target = Config.builder().put("name", t.name()).put("kind", t.kind().id());
        if (t.isClassification()) {
            target.put("classes", t.classNames());
        }
        return Config.builder()
                .put("columns", columns)
                .put("standardization", standardization)
                .put("target", target.build())
                .build();
    }

    static Preprocessing read(Config config) {
        List<Object> rawColumns = required(config.getList("columns"), "columns");
        List<FeatureColumn> columns = new ArrayList<>();
        for (int i = 0; i < rawColumns.size(); i++) {
            columns.add(readColumn(asConfig(rawColumns.get(i), "columns[" + i + "]"), "columns[" + i + "]"));
        }
        Config s = required(config.getConfig("standardization"), "standardization");
        double[] mean = numbers(required(s.getList("mean"), "standardization.mean"), "standardization.mean");
        double[] std = numbers(required(s.getList("std"), "standardization.std"), "standardization.std");
        Target target = readTarget(required(config.getConfig("target"), "target"));
        try {
            return new Preprocessing(columns, new Standardization(mean, std), target);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(null, "preprocessing: " + e.getMessage());
        }
    }

    private static FeatureColumn readColumn(Config c, String field) {
        String name = required(c.getString("name", null), field + ".name");
        String type = required(c.getString("type", null), field + ".type");
        try {
            return switch (type) {
                case "numeric" -> new FeatureColumn.Numeric(name);
                case "categorical" -> new FeatureColumn.Categorical(name,
                        strings(required(c.getList("categories"), field + ".categories"), field + ".categories"));
                default -> throw new ConfigException(field + ".type",
                        "field \"" + field + ".type\" must be numeric or categorical, got \"" + type + "\"");
            };
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(field, "field \"" + field + "\": " + e.getMessage());
        }
    }

    private static Target readTarget(Config c) {
        String name = required(c.getString("name", null), "target.name");
        String kindId = required(c.getString("kind", null), "target.kind");
        TargetKind kind = TargetKind.fromId(kindId);
        if (kind == null) {
            throw new ConfigException("target.kind",
                    "field \"target.kind\" must be regression, binary or multiclass, got \"" + kindId + "\"");
        }
        List<String> classes = kind == TargetKind.REGRESSION ? List.of()
                : strings(required(c.getList("classes"), "target.classes"), "target.classes");
        try {
            return new Target(name, kind, classes);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("target", "field \"target\": " + e.getMessage());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ConfigException(field, "field \"" + field + "\" is missing");
        }
        return value;
    }

    private static Config asConfig(Object o, String field) {
        if (o instanceof Config c) {
            return c;
        }
        throw new ConfigException(field, "field \"" + field + "\" must be an object, got " + o);
    }

    private static List<String> strings(List<Object> list, String field) {
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof String s)) {
                throw new ConfigException(field, "field \"" + field + "\" must hold strings, got " + o);
            }
            out.add(s);
        }
        return out;
    }

    private static double[] numbers(List<Object> list, String field) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw new ConfigException(field, "field \"" + field + "\" must hold numbers, got " + list.get(i));
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    private static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}

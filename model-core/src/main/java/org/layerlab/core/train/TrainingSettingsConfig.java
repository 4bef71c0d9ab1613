package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/**
 * The project-file form of {@link TrainingSettings}, with Keras's argument names:
 * <pre>
 * {"epochs": 10, "batch_size": 32, "optimizer": "adam", "learning_rate": 0.001,
 *  "optimizer_settings": {"beta_1": 0.9}, "loss": "categorical_crossentropy",
 *  "loss_settings": {"from_logits": false}, "metrics": ["accuracy"],
 *  "validation_split": 0.2, "seed": 1, "shuffle": true}
 * </pre>
 */
final class TrainingSettingsConfig {
    private static final List<String> FIELDS = List.of("epochs", "batch_size", "optimizer", "learning_rate",
            "optimizer_settings", "loss", "loss_settings", "metrics", "validation_split", "seed", "shuffle");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);

    private TrainingSettingsConfig() {
    }

    static Config write(TrainingSettings s) {
        return Config.builder()
                .put("epochs", (long) s.epochs())
                .put("batch_size", (long) s.batchSize())
                .put("optimizer", s.optimizer())
                .put("learning_rate", s.learningRate())
                .put("optimizer_settings", s.optimizerSettings())
                .put("loss", s.loss())
                .put("loss_settings", s.lossSettings())
                .put("metrics", s.metrics())
                .put("validation_split", s.validationSplit())
                .put("seed", s.seed())
                .put("shuffle", s.shuffle())
                .build();
    }

    static TrainingSettings read(Config c) {
        for (String key : c.keys()) {
            if (!KNOWN.contains(key)) {
                throw new ConfigException(key, "training settings have no field \"" + key + "\"; known: "
                        + String.join(", ", FIELDS));
            }
        }
        TrainingSettings d = TrainingSettings.defaults();
        return new TrainingSettings(
                c.getInt("epochs", d.epochs()),
                c.getInt("batch_size", d.batchSize()),
                c.getString("optimizer", d.optimizer()),
                c.getDouble("learning_rate", d.learningRate()),
                orElse(c.getConfig("optimizer_settings"), d.optimizerSettings()),
                c.getString("loss", d.loss()),
                orElse(c.getConfig("loss_settings"), d.lossSettings()),
                metrics(c.getList("metrics"), d.metrics()),
                c.getDouble("validation_split", d.validationSplit()),
                c.getLong("seed", d.seed()),
                c.getBoolean("shuffle", d.shuffle()));
    }

    private static Config orElse(Config value, Config fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> metrics(List<Object> values, List<String> fallback) {
        if (values == null) {
            return fallback;
        }
        List<String> names = new ArrayList<>(values.size());
        for (Object o : values) {
            if (!(o instanceof String s)) {
                throw new ConfigException("metrics", "field \"metrics\" must hold metric names, got " + o);
            }
            names.add(s);
        }
        return names;
    }
}

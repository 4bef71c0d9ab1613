package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;

/** Training settings: Keras's defaults, the project-file form, and errors that name the field. */
class TrainingSettingsTest {

    @Test
    void defaultsAreKerasCompileAndFitDefaults() {
        TrainingSettings d = TrainingSettings.defaults();
        assertThat(d.batchSize()).isEqualTo(32);
        assertThat(d.validationSplit()).isZero();
        assertThat(d.shuffle()).isTrue();
        assertThat(d.metrics()).isEmpty();
        Optimizer optimizer = d.createOptimizer();
        assertThat(optimizer.className()).isEqualTo("RMSprop");
        assertThat(optimizer.learningRate()).isEqualTo(0.001);
        assertThat(d.epochs()).isEqualTo(10);
    }

    @Test
    void projectFileFormReadsBackEqual() {
        TrainingSettings s = TrainingSettings.defaults().withEpochs(7).withBatchSize(5)
                .withOptimizer("adam", 0.02, Config.builder().put("beta_1", 0.8).build())
                .withLoss("categorical_crossentropy", Config.builder().put("from_logits", true).build())
                .withMetrics(List.of("accuracy")).withValidationSplit(0.25).withSeed(-3).withShuffle(false);
        Config written = s.toConfig();
        assertThat(written.getInt("batch_size", 0)).isEqualTo(5);
        assertThat(written.getDouble("learning_rate", 0)).isEqualTo(0.02);
        assertThat(TrainingSettings.fromConfig(written)).isEqualTo(s);
        assertThat(TrainingSettings.fromConfig(Config.empty())).isEqualTo(TrainingSettings.defaults());
    }

    @Test
    void optimizerAndLossAreMadeWithTheirSettings() {
        TrainingSettings s = TrainingSettings.defaults()
                .withOptimizer("Adam", 0.05, Config.builder().put("beta_1", 0.8).build())
                .withLoss("categorical_crossentropy", Config.builder().put("label_smoothing", 0.1).build());
        Config optimizer = s.createOptimizer().config();
        assertThat(optimizer.getDouble("beta_1", 0)).isEqualTo(0.8);
        assertThat(optimizer.getDouble("learning_rate", 0)).isEqualTo(0.05);
        assertThat(s.createLoss().config().getDouble("label_smoothing", 0)).isEqualTo(0.1);
        assertThat(s.createOptimizer()).isNotSameAs(s.createOptimizer());
    }

    private static void refused(Config config, String field, String message) {
        assertThatThrownBy(() -> TrainingSettings.fromConfig(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(message).extracting(e -> ((ConfigException) e).field()).isEqualTo(field);
    }

    @Test
    void badFieldsAreNamed() {
        refused(Config.builder().put("epochs", 0L).build(), "epochs", "\"epochs\" must be between 1");
        refused(Config.builder().put("batch_size", "big").build(), "batch_size", "\"batch_size\" must be an integer");
        refused(Config.builder().put("validation_split", 1.0).build(), "validation_split", "below 1");
        refused(Config.builder().put("learning_rate", -1.0).build(), "learning_rate", "positive");
        refused(Config.builder().put("epoch", 3L).build(), "epoch", "no field \"epoch\"");
        refused(Config.builder().put("metrics", List.of("precision")).build(), "metrics", "unknown metric \"precision\"");
        refused(Config.builder().put("optimizer", "adamm").build(), "optimizer", "unknown optimizer \"adamm\"");
        refused(Config.builder().put("optimizer", "sgd").put("optimizer_settings",
                Config.builder().put("momentum", 2.0).build()).build(), "optimizer_settings.momentum", "momentum");
        refused(Config.builder().put("optimizer_settings", Config.builder().put("learning_rate", 0.1).build()).build(),
                "optimizer_settings", "set \"learning_rate\" instead");
        refused(Config.builder().put("loss", "hinge").build(), "loss", "unknown loss \"hinge\"");
    }
}

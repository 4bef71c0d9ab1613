package org.layerlab.core.train;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.data.TrainValidationSplit;

/**
 * How to train, as Keras's {@code compile} and {@code fit} arguments: Keras's defaults where Keras
 * has them (optimizer {@code rmsprop} at its learning rate 0.001, batch size 32, no validation
 * split, shuffling, no metrics). Keras has no default loss and trains 1 epoch by default; here
 * the loss defaults to mean squared error, which fits any output, and training runs 10 epochs,
 * which shows a learning curve. The seed is fixed so that a run repeats unless the user changes it.
 *
 * @param optimizer a Keras optimizer name ({@code adam}, {@code sgd}, ...)
 * @param optimizerSettings the optimizer's other Keras settings ({@code beta_1}, {@code momentum}, ...)
 * @param loss a Keras loss function or class name ({@code categorical_crossentropy})
 * @param lossSettings the loss's Keras settings ({@code from_logits}, {@code label_smoothing})
 * @param metrics reported besides the loss; {@code accuracy} for now
 * @param validationSplit share of the rows held out for validation, in [0, 1)
 * @param seed for the split, the starting weights, the shuffling and dropout
 */
public record TrainingSettings(int epochs, int batchSize, String optimizer, double learningRate,
        Config optimizerSettings, String loss, Config lossSettings, List<String> metrics, double validationSplit,
        long seed, boolean shuffle) {

    /** Most epochs a run may have; more would only be a typing mistake. */
    public static final int MAX_EPOCHS = 1_000_000;

    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(optimizerSettings, "optimizerSettings");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(lossSettings, "lossSettings");
        metrics = List.copyOf(metrics);
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new ConfigException("epochs", "field \"epochs\" must be between 1 and " + MAX_EPOCHS + ", got " + epochs);
        }
        if (batchSize < 1) {
            throw new ConfigException("batch_size", "field \"batch_size\" must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new ConfigException("learning_rate", "field \"learning_rate\" must be a positive number, got "
                    + learningRate);
        }
        if (optimizerSettings.has("learning_rate")) {
            throw new ConfigException("optimizer_settings", "field \"optimizer_settings\" must not hold the learning "
                    + "rate; set \"learning_rate\" instead");
        }
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new ConfigException("validation_split", "field \"validation_split\" must be at least 0 and below 1, got "
                    + validationSplit);
        }
        for (String m : metrics) {
            if (!Accuracy.NAMES.contains(m.toLowerCase(Locale.ROOT))) {
                throw new ConfigException("metrics", "unknown metric \"" + m + "\"; known: " + String.join(", ", Accuracy.NAMES));
            }
        }
        createOptimizerChecked(optimizer, learningRate, optimizerSettings);
        createLossChecked(loss, lossSettings);
    }

    /** The defaults described above. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(10, 32, "rmsprop", 0.001, Config.empty(), "mean_squared_error", Config.empty(),
                List.of(), 0, 1, true);
    }

    public TrainingSettings withEpochs(int n) {
        return new TrainingSettings(n, batchSize, optimizer, learningRate, optimizerSettings, loss, lossSettings, metrics,
                validationSplit, seed, shuffle);
    }

    public TrainingSettings withBatchSize(int n) {
        return new TrainingSettings(epochs, n, optimizer, learningRate, optimizerSettings, loss, lossSettings, metrics,
                validationSplit, seed, shuffle);
    }

    /** Another optimizer with its own settings at this learning rate. */
    public TrainingSettings withOptimizer(String name, double rate, Config settings) {
        return new TrainingSettings(epochs, batchSize, name, rate, settings, loss, lossSettings, metrics,
                validationSplit, seed, shuffle);
    }

    public TrainingSettings withLearningRate(double rate) {
        return new TrainingSettings(epochs, batchSize, optimizer, rate, optimizerSettings, loss, lossSettings, metrics,
                validationSplit, seed, shuffle);
    }

    public TrainingSettings withLoss(String name, Config settings) {
        return new TrainingSettings(epochs, batchSize, optimizer, learningRate, optimizerSettings, name, settings,
                metrics, validationSplit, seed, shuffle);
    }

    public TrainingSettings withMetrics(List<String> names) {
        return new TrainingSettings(epochs, batchSize, optimizer, learningRate, optimizerSettings, loss, lossSettings,
                names, validationSplit, seed, shuffle);
    }

    public TrainingSettings withValidationSplit(double fraction) {
        return new TrainingSettings(epochs, batchSize, optimizer, learningRate, optimizerSettings, loss, lossSettings,
                metrics, fraction, seed, shuffle);
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(epochs, batchSize, optimizer, learningRate, optimizerSettings, loss, lossSettings,
                metrics, validationSplit, newSeed, shuffle);
    }

    public TrainingSettings withShuffle(boolean on) {
        return new TrainingSettings(epochs, batchSize, optimizer, learningRate, optimizerSettings, loss, lossSettings,
                metrics, validationSplit, seed, on);
    }

    /** A new optimizer, with fresh state. */
    public Optimizer createOptimizer() {
        return createOptimizerChecked(optimizer, learningRate, optimizerSettings);
    }

    public Loss createLoss() {
        return createLossChecked(loss, lossSettings);
    }

    /** The seeded split of the rows into training and validation rows. */
    public TrainValidationSplit split() {
        return new TrainValidationSplit(validationSplit, seed);
    }

    private static Optimizer createOptimizerChecked(String name, double rate, Config settings) {
        Config spec = Config.builder().put("class_name", name)
                .put("config", Config.builder().putAll(settings).put("learning_rate", rate).build()).build();
        try {
            return Optimizers.deserialize(spec);
        } catch (ConfigException e) {
            throw new ConfigException(e.field() == null ? "optimizer" : "optimizer_settings." + e.field(),
                    "training settings: " + e.getMessage());
        }
    }

    private static Loss createLossChecked(String name, Config settings) {
        try {
            return Losses.create(name, settings);
        } catch (ConfigException e) {
            throw new ConfigException(e.field() == null ? "loss" : "loss_settings." + e.field(),
                    "training settings: " + e.getMessage());
        }
    }

    /** The project-file form; {@link #fromConfig} reads it back. */
    public Config toConfig() {
        return TrainingSettingsConfig.write(this);
    }

    /**
     * Reads settings from the project file; missing fields take the defaults.
     *
     * @throws ConfigException naming the field for an unknown field, a wrong type or a value out of range
     */
    public static TrainingSettings fromConfig(Config config) {
        return TrainingSettingsConfig.read(config);
    }
}

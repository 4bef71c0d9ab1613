package org.layerlab.app.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.layerlab.core.data.Target;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.Optimizers;
import org.layerlab.core.train.TrainingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The training settings {@code layerlab train} can change; those left out keep the project's values. */
final class TrainingOptions {
    private static final double DEFAULT_VALIDATION_SPLIT = 0.2;
    /** How {@link TrainingSettings} starts the messages of an optimizer or loss it refuses. */
    private static final String SETTINGS_PREFIX = "training settings: ";
    /** The option that sets each field of the project's training settings. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of("epochs", "--epochs", "batch_size", "--batch-size",
            "optimizer", "--optimizer", "optimizer_settings", "--optimizer", "learning_rate", "--lr", "loss", "--loss",
            "loss_settings", "--loss", "validation_split", "--validation-split", "seed", "--seed");

    @Option(names = "--epochs", paramLabel = "N", descriptionKey = "train.epochs")
    Integer epochs;
    @Option(names = "--batch-size", paramLabel = "B", descriptionKey = "train.batchSize")
    Integer batchSize;
    @Option(names = "--optimizer", paramLabel = "NAME", completionCandidates = OptimizerNames.class,
            descriptionKey = "train.optimizer")
    String optimizer;
    @Option(names = "--lr", paramLabel = "X", descriptionKey = "train.lr")
    Double learningRate;
    @Option(names = "--loss", paramLabel = "NAME", descriptionKey = "train.loss")
    String loss;
    @Option(names = "--validation-split", paramLabel = "F", descriptionKey = "train.validationSplit")
    Double validationSplit;
    @Option(names = "--seed", paramLabel = "S", descriptionKey = "train.seed")
    Long seed;

    /**
     * The project's settings with the options given. Another optimizer or loss starts from its Keras
     * defaults, since the project's extra settings belong to the one it replaces.
     *
     * @throws ParameterException naming the option whose value the settings refuse
     */
    TrainingSettings applyTo(TrainingSettings settings, CommandLine command) {
        try {
            TrainingSettings s = settings;
            if (epochs != null) {
                s = s.withEpochs(epochs);
            }
            if (batchSize != null) {
                s = s.withBatchSize(batchSize);
            }
            if (optimizer != null && !optimizer.equals(s.optimizer())) {
                s = s.withOptimizer(optimizer, s.learningRate(), Config.empty());
            }
            if (learningRate != null) {
                s = s.withLearningRate(learningRate);
            }
            if (loss != null && !loss.equals(s.loss())) {
                s = s.withLoss(loss, Config.empty());
            }
            if (validationSplit != null) {
                s = s.withValidationSplit(validationSplit);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            return s;
        } catch (ConfigException e) {
            throw new ParameterException(command, refused(e));
        }
    }

    /**
     * The settings' message in the options' words: {@code field "batch_size" must be at least 1} becomes
     * {@code --batch-size must be at least 1}; a message that names no field gets its option in front.
     */
    private static String refused(ConfigException e) {
        String message = e.getMessage().replaceFirst("^" + Pattern.quote(SETTINGS_PREFIX), "");
        if (e.field() == null) {
            return message;
        }
        // An optimizer's or loss's own setting, such as "optimizer_settings.beta_1", belongs to that option.
        String field = e.field().contains(".") ? e.field().substring(0, e.field().indexOf('.')) : e.field();
        String option = OPTION_OF_FIELD.get(field);
        if (option == null) {
            return message;
        }
        String named = message.replace("field \"" + field + "\"", option);
        return named.equals(message) ? option + ": " + message : named;
    }

    /**
     * A Keras or TF.js file brings no training settings: unless the options say otherwise, the loss
     * follows the target and a fifth of the rows is held out, so that validation metrics show.
     */
    TrainingSettings fittedTo(TrainingSettings settings, Target target, long outputWidth) {
        TrainingSettings s = settings;
        if (loss == null) {
            s = s.withLoss(Losses.suggestedFor(target, outputWidth), Config.empty());
        }
        if (validationSplit == null) {
            s = s.withValidationSplit(DEFAULT_VALIDATION_SPLIT);
        }
        return s;
    }

    /** Accuracy for a classification target when the settings ask for no metric: the epoch lines show it. */
    static TrainingSettings withAccuracy(TrainingSettings settings, boolean classification) {
        return classification && settings.metrics().isEmpty() ? settings.withMetrics(List.of("accuracy")) : settings;
    }

    /** The optimizers' names, which the help lists as {@code ${COMPLETION-CANDIDATES}}. */
    static final class OptimizerNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Optimizers.names().iterator();
        }
    }
}

package org.layerlab.app.cli;

import java.util.List;
import org.layerlab.core.data.Target;
import org.layerlab.core.layer.Config;
import org.layerlab.core.layer.ConfigException;
import org.layerlab.core.train.Losses;
import org.layerlab.core.train.TrainingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The training settings {@code layerlab train} can change; those left out keep the project's values. */
final class TrainingOptions {
    private static final double DEFAULT_VALIDATION_SPLIT = 0.2;

    @Option(names = "--epochs", paramLabel = "N", descriptionKey = "train.epochs")
    Integer epochs;
    @Option(names = "--batch-size", paramLabel = "B", descriptionKey = "train.batchSize")
    Integer batchSize;
    @Option(names = "--optimizer", paramLabel = "NAME", descriptionKey = "train.optimizer")
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
            throw new ParameterException(command, e.getMessage());
        }
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
}

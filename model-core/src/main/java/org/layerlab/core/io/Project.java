package org.layerlab.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.train.TrainingSettings;

/**
 * Everything a {@code .llab} project file holds: the model (with its weights once trained), where each
 * layer sits on the canvas, the training settings, and the preprocessing learned from the training data.
 *
 * @param model the model; its weights are the trained ones, empty before training
 * @param positions canvas positions by layer name; layers without one are laid out by the editor
 * @param training the settings the next training run uses
 * @param preprocessing how raw CSV values become the model's inputs, once the model was trained on a table
 * @param epochsTrained the whole epochs the last run trained of the {@code training.epochs()} it was asked
 *     for: fewer when it was stopped, so that continuing can train the rest
 */
public record Project(ModelDescription model, Map<String, CanvasPosition> positions, TrainingSettings training,
        Optional<Preprocessing> preprocessing, int epochsTrained) {

    public Project {
        Objects.requireNonNull(model, "model");
        // Kept in the given order, so that saved projects diff cleanly.
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(preprocessing, "preprocessing");
        if (epochsTrained < 0) {
            throw new IllegalArgumentException("epochs trained must not be negative, got " + epochsTrained);
        }
    }

    /** A project whose last run, if it has trained weights, trained every epoch it was asked for. */
    public Project(ModelDescription model, Map<String, CanvasPosition> positions, TrainingSettings training,
            Optional<Preprocessing> preprocessing) {
        this(model, positions, training, preprocessing, model.hasWeights() ? training.epochs() : 0);
    }

    /** A project around a model opened from a Keras or TF.js file: default settings, no layout yet. */
    public static Project of(ModelDescription model) {
        return new Project(model, Map.of(), TrainingSettings.defaults(), Optional.empty());
    }

    public Project withModel(ModelDescription newModel) {
        return new Project(newModel, positions, training, preprocessing, epochsTrained);
    }

    public Project withPositions(Map<String, CanvasPosition> newPositions) {
        return new Project(model, newPositions, training, preprocessing, epochsTrained);
    }

    public Project withTraining(TrainingSettings newTraining) {
        return new Project(model, positions, newTraining, preprocessing, epochsTrained);
    }

    public Project withPreprocessing(Preprocessing newPreprocessing) {
        return new Project(model, positions, training, Optional.of(newPreprocessing), epochsTrained);
    }

    public Project withEpochsTrained(int epochs) {
        return new Project(model, positions, training, preprocessing, epochs);
    }

    /** The epochs of the last run that are still to train: none once it trained all it was asked for. */
    public int epochsLeft() {
        return isTrained() ? Math.max(0, training.epochs() - epochsTrained) : 0;
    }

    public boolean isTrained() {
        return model.hasWeights();
    }
}

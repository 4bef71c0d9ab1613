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
 */
public record Project(ModelDescription model, Map<String, CanvasPosition> positions, TrainingSettings training,
        Optional<Preprocessing> preprocessing) {

    public Project {
        Objects.requireNonNull(model, "model");
        // Kept in the given order, so that saved projects diff cleanly.
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(preprocessing, "preprocessing");
    }

    /** A project around a model opened from a Keras or TF.js file: default settings, no layout yet. */
    public static Project of(ModelDescription model) {
        return new Project(model, Map.of(), TrainingSettings.defaults(), Optional.empty());
    }

    public Project withModel(ModelDescription newModel) {
        return new Project(newModel, positions, training, preprocessing);
    }

    public Project withPositions(Map<String, CanvasPosition> newPositions) {
        return new Project(model, newPositions, training, preprocessing);
    }

    public Project withTraining(TrainingSettings newTraining) {
        return new Project(model, positions, newTraining, preprocessing);
    }

    public Project withPreprocessing(Preprocessing newPreprocessing) {
        return new Project(model, positions, training, Optional.of(newPreprocessing));
    }

    public boolean isTrained() {
        return model.hasWeights();
    }
}

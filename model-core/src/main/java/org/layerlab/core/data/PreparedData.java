package org.layerlab.core.data;

/**
 * Training and validation rows ready for a model, and the preprocessing (fitted on the training
 * rows) that a project saves so that {@code predict} can repeat it on new raw data.
 */
public record PreparedData(Dataset train, Dataset validation, Preprocessing preprocessing) {
}

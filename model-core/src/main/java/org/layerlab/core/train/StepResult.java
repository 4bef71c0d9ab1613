package org.layerlab.core.train;

/**
 * What one batch gave: the loss as Keras reports it (including regularisation penalties) and the
 * model's predictions, row-major with their shape, for metrics.
 */
public record StepResult(double loss, double[] predictions, long[] predictionShape) {
}

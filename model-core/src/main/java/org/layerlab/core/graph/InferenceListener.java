package org.layerlab.core.graph;

/** Told after {@link ShapeInference} has brought its results up to date with a graph edit. */
@FunctionalInterface
public interface InferenceListener {
    void inferenceUpdated(InferenceUpdate update);
}

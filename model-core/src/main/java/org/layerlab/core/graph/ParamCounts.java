package org.layerlab.core.graph;

/** Parameter totals of a model, as Keras's summary ends with them. */
public record ParamCounts(long trainable, long nonTrainable) {

    public long total() {
        return trainable + nonTrainable;
    }
}

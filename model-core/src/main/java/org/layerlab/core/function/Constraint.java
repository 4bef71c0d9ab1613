package org.layerlab.core.function;

import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** A projection applied to a weight after each optimiser step. */
public interface Constraint extends KerasObject {
    Tensor apply(Tensor weight, Ops ops);
}

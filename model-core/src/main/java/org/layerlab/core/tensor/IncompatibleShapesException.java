package org.layerlab.core.tensor;

/** Two tensors cannot be combined: shapes that do not broadcast, contract, or reshape into each other. */
public final class IncompatibleShapesException extends IllegalArgumentException {
    public IncompatibleShapesException(String message) {
        super(message);
    }
}

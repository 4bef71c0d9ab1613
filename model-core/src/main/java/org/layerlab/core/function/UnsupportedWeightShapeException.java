package org.layerlab.core.function;

/** An initializer was asked for a shape it cannot fill, such as a 3-D identity matrix. */
public final class UnsupportedWeightShapeException extends IllegalArgumentException {
    public UnsupportedWeightShapeException(String message) {
        super(message);
    }
}

package org.layerlab.core.layer;

/** A config names a layer class that is not registered. */
public final class UnknownLayerTypeException extends IllegalArgumentException {
    private final String className;

    public UnknownLayerTypeException(String className, String message) {
        super(message);
        this.className = className;
    }

    public String className() {
        return className;
    }
}

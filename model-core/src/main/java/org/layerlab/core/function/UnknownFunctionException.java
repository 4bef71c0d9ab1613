package org.layerlab.core.function;

import org.layerlab.core.config.ConfigException;

/** A config names an activation, initializer, regularizer or constraint that does not exist. */
public final class UnknownFunctionException extends ConfigException {
    public UnknownFunctionException(String kind, String name, java.util.Collection<String> known) {
        super(null, "unknown " + kind + " \"" + name + "\"; known: " + String.join(", ", known));
    }
}

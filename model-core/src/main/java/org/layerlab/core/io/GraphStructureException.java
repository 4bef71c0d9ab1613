package org.layerlab.core.io;

/** The connections between layers are wrong: a cycle, an unknown layer, a shared layer, a bad input. */
public final class GraphStructureException extends ModelFormatException {
    public GraphStructureException(String file, String layer, String detail) {
        super(file, layer, null, detail);
    }
}

package org.layerlab.core.graph;

/** A layer name is already used by another node of the same graph. */
public final class DuplicateNameException extends GraphEditException {
    private final String name;

    public DuplicateNameException(String name) {
        super("a layer named \"" + name + "\" already exists in the model; layer names must be unique");
        this.name = name;
    }

    public String name() {
        return name;
    }
}

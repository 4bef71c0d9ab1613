package org.layerlab.core.data;

/** What a model learns to predict; decides the output layer and loss a trainer suggests. */
public enum TargetKind {
    /** A real number (mean squared error, linear output). */
    REGRESSION("regression"),
    /** One of two classes, encoded 0 and 1 (binary cross-entropy, one sigmoid unit). */
    BINARY("binary"),
    /** One of three or more classes, encoded as the class index (softmax over the classes). */
    MULTICLASS("multiclass");

    private final String id;

    TargetKind(String id) {
        this.id = id;
    }

    /** The name used in project files. */
    public String id() {
        return id;
    }

    /** The kind with this project-file name, or {@code null}. */
    public static TargetKind fromId(String id) {
        for (TargetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}

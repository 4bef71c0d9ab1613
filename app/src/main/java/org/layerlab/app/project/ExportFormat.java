package org.layerlab.app.project;

/** The formats of the File menu's Export, by the id {@code layerlab export --to} takes. */
public enum ExportFormat {
    KERAS("keras", ".json"),
    KERAS3("keras3", ".json"),
    TFJS("tfjs", ""),
    PYTHON("python", ".py");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    /** The target file's extension; empty for a format written as a folder. */
    public String extension() {
        return extension;
    }
}

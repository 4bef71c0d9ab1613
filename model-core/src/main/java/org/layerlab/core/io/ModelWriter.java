package org.layerlab.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link ModelDescription} (with its weights, where the format has room for them) in one format. */
public interface ModelWriter {
    /**
     * Writes the model to {@code target}: a file, or a folder for formats made of several files.
     *
     * @throws UnwritableModelException when the model cannot be expressed in this format
     */
    void write(ModelDescription model, Path target) throws IOException;
}

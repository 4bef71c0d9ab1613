package org.layerlab.core.io;

import java.util.List;
import java.util.Objects;

/**
 * Where a model description came from.
 *
 * @param format the file format
 * @param version the Keras (or converter) version the file names, or {@code null} when it names none
 * @param notes what the import changed or left out, one line each, for example a dropped field
 */
public record ModelSource(SourceFormat format, String version, List<String> notes) {
    public ModelSource {
        Objects.requireNonNull(format, "format");
        notes = List.copyOf(notes);
    }

    /** A model built in LayerLab. */
    public static ModelSource layerLab() {
        return new ModelSource(SourceFormat.LAYERLAB, null, List.of());
    }
}

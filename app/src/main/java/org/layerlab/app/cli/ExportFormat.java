package org.layerlab.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.io.Keras2JsonWriter;
import org.layerlab.core.io.Keras3JsonWriter;
import org.layerlab.core.io.KerasPythonScriptWriter;
import org.layerlab.core.io.ModelWriter;
import org.layerlab.core.io.TfjsLayersWriter;
import org.layerlab.core.layer.LayerRegistry;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats {@code layerlab export --to} writes, by the name the option takes; the window's File &gt; Export
 * offers the same ones.
 */
public enum ExportFormat {
    /** tf.keras 2 {@code model.to_json()}: the architecture only. */
    KERAS("keras", ".json", false),
    /** Keras 3 {@code model.to_json()}: the architecture only. */
    KERAS3("keras3", ".json", false),
    /** A TensorFlow.js layers model folder: {@code model.json} and, when trained, the weight shard. */
    TFJS("tfjs", "", true),
    /** A Python script that rebuilds the model with Keras 3: the architecture only. */
    PYTHON("python", ".py", false);

    private final String id;
    private final String extension;
    private final boolean holdsWeights;

    ExportFormat(String id, String extension, boolean holdsWeights) {
        this.id = id;
        this.extension = extension;
        this.holdsWeights = holdsWeights;
    }

    public String id() {
        return id;
    }

    /** The written file's extension; empty for a format written as a folder. */
    public String extension() {
        return extension;
    }

    /** Whether the format has room for trained weights; the others carry the architecture only. */
    boolean holdsWeights() {
        return holdsWeights;
    }

    ModelWriter writer(LayerRegistry registry) {
        return switch (this) {
            case KERAS -> new Keras2JsonWriter();
            case KERAS3 -> new Keras3JsonWriter(registry);
            case TFJS -> new TfjsLayersWriter();
            case PYTHON -> new KerasPythonScriptWriter();
        };
    }

    static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** Reads {@code --to}: one of the ids, as written. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : values()) {
                if (f.id.equals(value)) {
                    return f;
                }
            }
            throw new TypeConversionException(Messages.load(Messages.CLI_BUNDLE).text("export.unknownFormat", value, ids()));
        }
    }

    /** The ids, for the help text's list of choices. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ExportFormat::id).iterator();
        }
    }
}

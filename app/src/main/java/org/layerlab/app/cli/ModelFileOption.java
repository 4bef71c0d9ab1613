package org.layerlab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.LayerRegistry;
import picocli.CommandLine.Parameters;

/**
 * The model file every command starts from: a {@code .llab} project, a Keras or TF.js model file, or a
 * TF.js folder (as {@code export --to tfjs} writes it), which stands for the {@code model.json} in it.
 */
final class ModelFileOption {
    static final String TFJS_MODEL = "model.json";

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    /** The model file itself: the {@code model.json} of a TF.js folder, otherwise the file as given. */
    Path modelFile() {
        return Files.isDirectory(file) ? file.resolve(TFJS_MODEL) : file;
    }

    /** Reads the file; a file that cannot be read or is refused ends the command with exit code 2. */
    OpenedModel open() throws IOException {
        Path model = file;
        if (Files.isDirectory(file)) {
            model = file.resolve(TFJS_MODEL);
            if (!Files.exists(model)) {
                throw new InputFileException(
                        Messages.load(Messages.CLI_BUNDLE).text("error.folderWithoutModel", file, TFJS_MODEL));
            }
        }
        return OpenedModel.open(model, LayerRegistry.withInstalledLayers());
    }
}

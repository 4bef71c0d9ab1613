package org.layerlab.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The ready models of the Examples menu, shipped in the resources module's {@code examples} folder. */
public enum ExampleModel {
    XOR("xor-mlp.json"),
    SPIRAL("spiral-classifier.json"),
    IRIS("iris-mlp.json"),
    DIGITS("digits-mlp.json"),
    SCALE("iris-scale.json"),
    RESIDUAL("iris-residual.json"),
    TWO_BRANCH("iris-two-branch.json");

    private static final String FOLDER = "layerlab/examples/";
    private final String file;

    ExampleModel(String file) {
        this.file = file;
    }

    /** The key of its menu text, for example {@code example.xor}. */
    public String textKey() {
        return "example." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }

    public String fileName() {
        return file;
    }

    /** A copy of the model file in a new temporary file, for the readers, which take paths. */
    Path copyToTemporaryFile() throws IOException {
        try (InputStream in = ExampleModel.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the installation");
            }
            Path copy = Files.createTempFile("layerlab-example", "-" + file);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }
}

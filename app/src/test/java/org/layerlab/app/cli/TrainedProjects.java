package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** Projects trained through the command line, for the commands that read them. */
final class TrainedProjects {
    private TrainedProjects() {
    }

    /** The iris MLP trained on the bundled iris table with settings that learn it. */
    static Path iris(Path folder, int epochs) {
        Path project = folder.resolve("iris-" + epochs + ".llab");
        CliRun run = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "iris",
                "--epochs", Integer.toString(epochs), "--batch-size", "16", "--optimizer", "adam", "--lr", "0.01",
                "--loss", "categorical_crossentropy", "--validation-split", "0.2", "--out", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return project;
    }
}

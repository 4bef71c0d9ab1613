package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written is one line naming the path, with exit code 1; train finds it before
 * it trains, so that no run is lost to it.
 */
class OutputPathTest {
    @TempDir
    Path folder;

    private CliRun train(Path out) {
        return CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "iris",
                "--epochs", "1", "--out", out.toString());
    }

    @Test
    void trainRefusesAFolderAsOutBeforeTraining() throws IOException {
        Path out = Files.createDirectory(folder.resolve("taken.llab"));

        CliRun run = train(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).as("no epoch ran").isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: " + out).contains("folder");
    }

    @Test
    void trainRefusesAnOutUnderAFileBeforeTraining() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path out = file.resolve("sub").resolve("trained.llab");

        CliRun run = train(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).as("no epoch ran").isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: " + out).contains(file.toString());
    }

    @Test
    void trainRefusesAFolderItCannotWriteInBeforeTraining() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // The superuser writes anywhere, so only another user can see the refusal.
        assumeTrue(!Files.isWritable(locked), "the file system lets this user write in a read-only folder");
        Path out = locked.resolve("trained.llab");

        CliRun run = train(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: " + out).contains("permission");
    }

    @Test
    void trainNamesAMissingFolderInsteadOfMakingIt() {
        Path out = folder.resolve("new").resolve("deeper").resolve("trained.llab");

        CliRun run = train(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("layerlab train: " + out + " cannot be written: the folder " + out.getParent() + " does not exist");
        assertThat(folder.resolve("new")).doesNotExist();
    }

    @Test
    void predictIntoAMissingFolderExitsWithOneNamingTheFile() {
        Path out = folder.resolve("missing").resolve("predictions.csv");

        CliRun run = predict(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString()
                .isEqualTo("layerlab predict: " + out + " cannot be written: the folder " + out.getParent() + " does not exist");
    }

    @Test
    void predictOntoAFolderExitsWithOneNamingItAndTheReason() throws IOException {
        Path out = Files.createDirectory(folder.resolve("predictions.csv"));

        CliRun run = predict(out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().isEqualTo("layerlab predict: " + out + " is a folder; --out must name a file");
    }

    @Test
    void exportUnderAFileExitsWithOneNamingTheFileInTheWay() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        CliRun run = CliRun.of("export", TestFiles.resource("iris-mlp.json", folder).toString(), "--to", "keras",
                "--out", file.resolve("model.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("layerlab export: " + file.resolve("model.json") + " cannot be written: "
                + file + " is a file, not a folder");
    }

    @Test
    void aMissingInputBesideTheOutputIsStillUnreadableInput() {
        Path input = folder.resolve("flowers.csv");

        CliRun run = CliRun.of("predict", TestFiles.resource("iris-mlp.json", folder).toString(), "--input", input.toString(),
                "--out", folder.resolve("flowers-predicted.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).last().asString().isEqualTo("layerlab predict: " + input + ": no such file");
    }

    private CliRun predict(Path out) {
        return CliRun.of("predict", TestFiles.resource("iris-mlp.json", folder).toString(),
                "--input", TestFiles.dataset("iris.csv", folder).toString(), "--seed", "1", "--out", out.toString());
    }
}

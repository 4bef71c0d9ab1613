package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output may destroy an input or a project: the files are compared byte for byte after the refusal. */
class OutputGuardTest {
    @TempDir
    Path folder;

    @Test
    void predictOntoItsOwnInputTableIsRefusedAndTheTableIsUntouched() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path table = TestFiles.dataset("iris.csv", folder);
        byte[] before = Files.readAllBytes(table);

        CliRun run = CliRun.of("predict", project.toString(), "--input", table.toString(), "--out", table.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab predict: " + table + " is the input");
        assertThat(Files.readAllBytes(table)).isEqualTo(before);
    }

    @Test
    void predictOntoItsInputThroughALinkIsRefused() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path table = TestFiles.dataset("iris.csv", folder);
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), table);
        byte[] before = Files.readAllBytes(table);

        CliRun run = CliRun.of("predict", project.toString(), "--input", table.toString(), "--out", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(table)).isEqualTo(before);
    }

    @Test
    void predictOntoTheTrainedProjectIsRefusedAndTheProjectIsUntouched() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        byte[] before = Files.readAllBytes(project);

        CliRun run = CliRun.of("predict", project.toString(), "--input", TestFiles.dataset("iris.csv", folder).toString(),
                "--out", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void predictOntoAnotherModelFileNeedsForce() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path model = TestFiles.resource("sine-mlp.json", folder);
        byte[] before = Files.readAllBytes(model);
        String table = TestFiles.dataset("iris.csv", folder).toString();

        CliRun refused = CliRun.of("predict", project.toString(), "--input", table, "--out", model.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--force");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);

        CliRun forced = CliRun.of("predict", project.toString(), "--input", table, "--out", model.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(model)).startsWith("p_setosa,");
    }

    @Test
    void exportOntoItsOwnProjectIsRefusedAndTheProjectIsUntouched() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        byte[] before = Files.readAllBytes(project);

        for (String format : new String[] {"keras", "keras3", "python"}) {
            CliRun run = CliRun.of("export", project.toString(), "--to", format, "--out", project.toString());

            assertThat(run.exitCode()).as(format).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString().contains("is the input");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void exportOverAnotherProjectNeedsForce() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path other = Files.copy(project, folder.resolve("other.llab"));
        byte[] before = Files.readAllBytes(other);

        CliRun refused = CliRun.of("export", project.toString(), "--to", "keras3", "--out", other.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is a LayerLab project").contains("--force");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aTfjsExportIntoTheFolderItWasReadFromIsRefused() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path tfjs = folder.resolve("iris-tfjs");
        assertThat(CliRun.of("export", project.toString(), "--to", "tfjs", "--out", tfjs.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(tfjs.resolve("model.json"));

        CliRun run = CliRun.of("export", tfjs.toString(), "--to", "tfjs", "--out", tfjs.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(tfjs.resolve("model.json"))).isEqualTo(before);
    }

    @Test
    void continuedTrainingMayWriteItsOwnProjectBack() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);

        CliRun run = CliRun.of("train", project.toString(), "--data", "iris", "--epochs", "1", "--out", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void exportCreatesItsOwnFolderButNotAChainOfThem() {
        String model = TestFiles.resource("iris-mlp.json", folder).toString();
        Path chain = folder.resolve("a").resolve("b").resolve("iris-tfjs");

        CliRun refused = CliRun.of("export", model, "--to", "tfjs", "--out", chain.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString().contains(chain.getParent().toString()).contains("does not exist");
        assertThat(folder.resolve("a")).doesNotExist();

        CliRun made = CliRun.of("export", model, "--to", "tfjs", "--out", folder.resolve("iris-tfjs").toString());

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(folder.resolve("iris-tfjs").resolve("model.json")).isRegularFile();
    }
}

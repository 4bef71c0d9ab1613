package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.ProjectWriter;
import org.layerlab.core.layer.LayerRegistry;

/** Training a model that has weights goes on from them, on inputs scaled as they were when it learned them. */
class TrainContinuationTest {
    @TempDir
    Path folder;

    @Test
    void aTrainedProjectKeepsItsPreprocessingWhenTrainingGoesOn() throws IOException {
        Path first = TrainedProjects.iris(folder, 2);
        Path second = folder.resolve("second.llab");

        // Another split holds other rows for training: a standardisation fitted anew would differ.
        CliRun run = CliRun.of("train", first.toString(), "--data", "iris", "--epochs", "1", "--validation-split", "0.3",
                "--out", second.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Preprocessing before = open(first).preprocessing().orElseThrow();
        assertThat(open(second).preprocessing()).contains(before);
    }

    @Test
    void aStoppedRunIsContinuedWithTheEpochsItHasLeft() throws IOException {
        Path trained = TrainedProjects.iris(folder, 5);
        Project stopped = open(trained).withEpochsTrained(2);
        Path project = folder.resolve("stopped.llab");
        new ProjectWriter(LayerRegistry.withInstalledLayers()).write(stopped, project);

        CliRun run = CliRun.of("train", project.toString(), "--data", "iris", "--out", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(1)).isEqualTo("stopped.llab was stopped after 2 of 5 epochs: training the remaining 3");
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("epoch ")).hasSize(3);
        Project done = open(project);
        assertThat(done.epochsTrained()).isEqualTo(5);
        assertThat(done.training().epochs()).isEqualTo(5);
        assertThat(done.epochsLeft()).isZero();
    }

    @Test
    void aOneRowTableIsRefusedAndLessThanABatchIsWarnedAbout() throws IOException {
        Path model = TestFiles.resource("binary-mlp.json", folder);
        Path one = Files.writeString(folder.resolve("one.csv"), "a,b,c,d,y\n1,2,3,4,1\n");
        Path few = Files.writeString(folder.resolve("few.csv"), "a,b,c,d,y\n1,2,3,4,1\n2,3,4,5,0\n3,4,5,6,1\n4,5,6,7,0\n");

        CliRun refused = CliRun.of("train", model.toString(), "--data", one.toString(), "--out", folder.resolve("1.llab").toString());
        CliRun warned = CliRun.of("train", model.toString(), "--data", few.toString(), "--epochs", "1",
                "--out", folder.resolve("4.llab").toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly("layerlab train: " + one + ": has only 1 data row; training needs at least 2");
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.errLines()).containsExactly("warning: 3 rows to train on, fewer than one batch of 32: each epoch is"
                + " one step; lower --batch-size or --validation-split");
    }

    @Test
    void dataWithOtherColumnsIsRefusedInOneLineNamingTheFirstDifference() throws IOException {
        Path first = TrainedProjects.iris(folder, 1);
        Path renamed = folder.resolve("renamed.csv");
        String iris = Files.readString(TestFiles.dataset("iris.csv", folder));
        Files.writeString(renamed, iris.replaceFirst("petal_length", "petal_len"));
        Path second = folder.resolve("second.llab");

        CliRun run = CliRun.of("train", first.toString(), "--data", renamed.toString(), "--out", second.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: ")
                .contains("renamed.csv", first.getFileName().toString(), "\"petal_len\"", "\"petal_length\"");
        assertThat(second).doesNotExist();
    }

    @Test
    void aTrainedExportWithoutPreprocessingTrainsOnTheDataAsItIsAndSaysSo() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);
        Path export = folder.resolve("iris-tfjs");
        CliRun exported = CliRun.of("export", project.toString(), "--to", "tfjs", "--out", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        Path again = folder.resolve("again.llab");

        CliRun run = CliRun.of("train", export.toString(), "--data", "iris", "--epochs", "1", "--out", again.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).singleElement().asString().contains("model.json", "standardisation");
        // Its first layer takes raw values, so the data goes in unscaled.
        assertThat(open(again).preprocessing()).hasValueSatisfying(p -> assertThat(p.standardization().isIdentity()).isTrue());
    }

    private static Project open(Path project) throws IOException {
        return new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
    }
}

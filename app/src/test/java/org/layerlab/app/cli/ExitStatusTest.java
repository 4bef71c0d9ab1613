package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.layer.LayerRegistry;

/**
 * The one exit status table every command follows: 0 success, 1 a model or training failure, 2 a usage
 * mistake or an input that cannot be read, 130 and 143 a run ended by Ctrl+C or {@code kill}.
 */
class ExitStatusTest {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void zeroForSuccess() {
        assertThat(CliRun.of("validate", TestFiles.resource("iris-mlp.json", folder).toString()).exitCode()).isZero();
    }

    @Test
    void oneForAModelWithErrors() {
        CliRun run = CliRun.of("train", TestFiles.resource("rank1-input.json", folder).toString(), "--data", "iris",
                "--out", folder.resolve("x.llab").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void twoForAUsageMistakeAndForAnUnreadableInput() {
        CliRun usage = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--epochs", "many");
        CliRun missing = CliRun.of("summary", folder.resolve("missing.json").toString());

        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("layerlab summary: " + folder.resolve("missing.json") + ": no such file");
    }

    @Test
    void oneHundredThirtyAfterCtrlCWhichSavesTheEpochsTrained() throws Exception {
        Path project = folder.resolve("stopped.llab");
        ProcessRun run = longTraining(project);

        assertThat(run.awaitOutput("epoch 2/", START)).as(run.err()).isTrue();
        run.signal("INT");

        assertThat(run.exitCode(START)).as(run.err()).isEqualTo(130);
        assertThat(run.out()).contains("Stopped in epoch");
        Project saved = open(project);
        assertThat(saved.training().epochs()).isEqualTo(100_000);
        assertThat(saved.epochsTrained()).isBetween(2, 99_999);
        assertThat(run.out()).contains("(" + saved.epochsTrained() + " of 100000 epochs trained;");
    }

    @Test
    void oneHundredFortyThreeAfterKillWhichAlsoSaves() throws Exception {
        Path project = folder.resolve("killed.llab");
        ProcessRun run = longTraining(project);

        assertThat(run.awaitOutput("epoch 1/", START)).as(run.err()).isTrue();
        run.signal("TERM");

        assertThat(run.exitCode(START)).as(run.err()).isEqualTo(143);
        assertThat(open(project).epochsTrained()).isPositive();
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingWhatToDo() throws Exception {
        Path csv = folder.resolve("wide.csv");
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < 400; c++) {
            row.append(c > 0 ? "," : "").append("c").append(c);
        }
        String header = row + ",y\n";
        // 8 million values: 32 MB as float32 columns, more than the 24 MB heap holds.
        try (var out = Files.newBufferedWriter(csv)) {
            out.write(header);
            String values = "1,".repeat(400);
            for (int r = 0; r < 20_000; r++) {
                out.write(values + (r % 2) + "\n");
            }
        }

        ProcessRun run = ProcessRun.start(folder, "24m", Map.of(), "train", TestFiles.resource("binary-mlp.json", folder).toString(),
                "--data", csv.toString(), "--out", folder.resolve("wide.llab").toString());

        assertThat(run.exitCode(START)).isEqualTo(1);
        assertThat(run.err().strip().lines().toList()).last().asString()
                .startsWith("layerlab: out of memory (Java may use ").contains("JDK_JAVA_OPTIONS=-Xmx");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    /** XOR for 100,000 epochs of one-row batches: long enough to be stopped. */
    private ProcessRun longTraining(Path project) {
        return ProcessRun.start(folder, "512m", Map.of(), "train", TestFiles.resource("xor-mlp.json", folder).toString(),
                "--data", "xor", "--epochs", "100000", "--batch-size", "1", "--out", project.toString());
    }

    private static Project open(Path project) throws IOException {
        return new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
    }
}

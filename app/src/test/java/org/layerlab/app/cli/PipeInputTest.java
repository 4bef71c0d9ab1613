package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model read from a pipe is read once, its first bytes not lost to telling its format. */
class PipeInputTest {
    private static final Duration END = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void validateReadsStandardInput() throws Exception {
        Path model = TestFiles.resource("iris-mlp.json", folder);

        ProcessRun run = ProcessRun.shell(folder, "cat '" + model + "' | ", "validate /dev/stdin");

        assertThat(run.exitCode(END)).as(run.err()).isZero();
        assertThat(run.out()).contains("The model is valid");
    }

    @Test
    void validateReadsAProcessSubstitution() throws Exception {
        Path model = TestFiles.resource("iris-mlp.json", folder);

        ProcessRun run = ProcessRun.shell(folder, "", "validate <(cat '" + model + "')");

        assertThat(run.exitCode(END)).as(run.err()).isZero();
        assertThat(run.out()).contains("The model is valid");
    }

    @Test
    void anEndlessDeviceIsRefusedByTypeNotByRunningOutOfMemory() throws Exception {
        ProcessRun run = ProcessRun.shell(folder, "", "validate /dev/zero");

        assertThat(run.exitCode(END)).isEqualTo(2);
        assertThat(run.err().strip()).endsWith("layerlab validate: zero: not a model file: it is neither JSON nor a zip archive");
    }
}

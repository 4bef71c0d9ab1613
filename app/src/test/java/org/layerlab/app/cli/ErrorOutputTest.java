package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure is one line on stderr naming the command and the file; {@code --debug} adds the stack trace. */
class ErrorOutputTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"summary", "validate"})
    void aMissingFileIsOneLineNamingIt(String command) {
        String missing = folder.resolve("missing.json").toString();

        CliRun run = CliRun.of(command, missing);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("layerlab " + command + ": " + missing + ": no such file");
    }

    @Test
    void aRefusedModelNamesTheFileAndTheLayersWithoutAStackTrace() {
        CliRun run = CliRun.of("export", TestFiles.kerasFixture("05_behavioral-cloning_keras1_lambda.json").toString(),
                "--to", "keras", "--out", folder.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("layerlab export: 05_behavioral-cloning_keras1_lambda.json: ").contains("\"lambda_5\"");
    }

    @Test
    void debugAddsTheStackTraceAfterTheSameLine() {
        String file = TestFiles.kerasFixture("05_behavioral-cloning_keras1_lambda.json").toString();
        CliRun plain = CliRun.of("validate", file);

        CliRun debug = CliRun.of("validate", "--debug", file);

        assertThat(debug.exitCode()).isEqualTo(plain.exitCode());
        assertThat(debug.errLines().get(0)).isEqualTo(plain.errLines().get(0));
        assertThat(debug.err()).contains("UnsupportedLayerException", "\tat org.layerlab.core.io.");
        assertThat(plain.err()).doesNotContain("\tat ");
    }

    @Test
    void aBadOptionValueIsAUsageErrorPointingToHelp() {
        CliRun run = CliRun.of("export", "model.json", "--to", "onnx", "--out", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab export: ")
                .contains("\"onnx\"", "keras, keras3, tfjs, python", "layerlab export --help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "validate", "export", "train", "predict"})
    void everyCommandHasHelpWithDebug(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: layerlab " + command).contains("--help", "--debug", "FILE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void trainRefusesAnOutputThatIsNotAProject() {
        CliRun run = CliRun.of("train", "model.json", "--data", "iris", "--out", "trained.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains(".llab", "trained.json");
    }
}

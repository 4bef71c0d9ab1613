package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    /** Keras's Dense parameter count: a kernel of inputs x units and a bias of units. */
    private static long denseParams(long inputs, long units) {
        return inputs * units + units;
    }

    @Test
    void aSequentialModelPrintsKerassSequentialTable() {
        // 12_dqn-cartpole: a Sequential model, input (None, 4), Dense 24, Dense 24, Dense 2.
        CliRun run = CliRun.of("summary", TestFiles.kerasFixture("12_dqn-cartpole_dense.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        long total = denseParams(4, 24) + denseParams(24, 24) + denseParams(24, 2);
        assertThat(run.out()).isEqualTo(String.join("\n",
                "Model: \"sequential_1\"",
                "_________________________________________________________________",
                "Layer (type)                 Output Shape              Param #   ",
                "=================================================================",
                "dense_1 (Dense)              (None, 24)                " + pad(denseParams(4, 24)),
                "_________________________________________________________________",
                "dense_2 (Dense)              (None, 24)                " + pad(denseParams(24, 24)),
                "_________________________________________________________________",
                "dense_3 (Dense)              (None, 2)                 " + pad(denseParams(24, 2)),
                "=================================================================",
                "Total params: " + total,
                "Trainable params: " + total,
                "Non-trainable params: 0",
                "_________________________________________________________________", ""));
    }

    @Test
    void aModelWithBranchesKeepsTheFunctionalTable(@TempDir Path folder) {
        CliRun run = CliRun.of("summary", TestFiles.example("iris-two-branch.json", folder).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("Model: \"iris_two_branch\"");
        assertThat(lines.get(2)).startsWith("Layer (type)").contains("Connected to");
        assertThat(row(lines, "input (InputLayer)")).contains("(None, 4)");
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("narrow[0][0]"));
    }

    @Test
    void aFunctionalFileThatIsAPlainChainPrintsTheSequentialTableAsLayerLabSavesIt(@TempDir Path folder) {
        // The window's Summary tab shows the graph it edits, and a chain is saved as Sequential: the CLI agrees.
        CliRun run = CliRun.of("summary", TestFiles.resource("iris-functional.json", folder).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("Model: \"iris_functional\"");
        assertThat(lines.get(2)).startsWith("Layer (type)").doesNotContain("Connected to");
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("(InputLayer)"));
        assertThat(row(lines, "hidden (Dense)")).contains("(None, 16)");
    }

    /** The Param # column: 10 characters wide, its last one blanked as Keras's print_row does. */
    private static String pad(long params) {
        return String.format("%-10s", params);
    }

    @Test
    void aFileThatIsNotAModelIsOneLineWithExitCodeTwo() {
        CliRun run = CliRun.of("summary", TestFiles.kerasFixture("README.md").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab summary: README.md: ");
    }

    private static String row(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no summary row for " + start + " in\n" + String.join("\n", lines)));
    }
}

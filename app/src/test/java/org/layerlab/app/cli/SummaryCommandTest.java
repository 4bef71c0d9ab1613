package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCommandTest {
    /** Keras's Dense parameter count: a kernel of inputs x units and a bias of units. */
    private static long denseParams(long inputs, long units) {
        return inputs * units + units;
    }

    @Test
    void printsEveryLayerWithShapeAndParamsThenTheTotals() {
        // 12_dqn-cartpole: input (None, 4), Dense 24, Dense 24, Dense 2.
        CliRun run = CliRun.of("summary", TestFiles.kerasFixture("12_dqn-cartpole_dense.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(row(lines, "dense_1_input (InputLayer)")).contains("(None, 4)").containsPattern("\\s0\\s");
        assertThat(row(lines, "dense_1 (Dense)")).contains("(None, 24)", " " + denseParams(4, 24) + " ",
                "dense_1_input[0][0]");
        assertThat(row(lines, "dense_2 (Dense)")).contains("(None, 24)", " " + denseParams(24, 24) + " ");
        assertThat(row(lines, "dense_3 (Dense)")).contains("(None, 2)", " " + denseParams(24, 2) + " ");
        long total = denseParams(4, 24) + denseParams(24, 24) + denseParams(24, 2);
        assertThat(lines).contains("Total params: " + total, "Trainable params: " + total, "Non-trainable params: 0");
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

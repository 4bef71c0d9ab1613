package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerlab.core.data.BundledDataset;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.SyntheticSet;
import org.layerlab.core.train.Optimizers;

/** Train's options: refused values name the option, and the help lists what the registries hold. */
class TrainingOptionsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"--epochs,0", "--batch-size,0", "--lr,-1", "--validation-split,1", "--optimizer,adamx", "--loss,hinged"})
    void aRefusedValueNamesTheOptionNotTheSettingsField(String option, String value) {
        CliRun run = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "iris",
                option, value, "--out", folder.resolve("x.llab").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: ").contains(option)
                .doesNotContain("field \"", "training settings");
    }

    @Test
    void theHelpListsEveryOptimizerAndDataSet() {
        CliRun run = CliRun.of("train", "--help");

        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains(Optimizers.names());
        assertThat(help).contains(BundledDatasets.all().stream().map(BundledDataset::id).toList());
        for (SyntheticSet s : SyntheticSet.values()) {
            assertThat(help).contains(s.id());
        }
    }

    @Test
    void helpGivesTheDefaultOfEveryOptionThatHasOne() {
        CliRun help = CliRun.of("train", "--help");

        assertThat(help.exitCode()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        for (String option : new String[] {"--batch-size=B", "--epochs=N", "--loss=NAME", "--lr=X", "--optimizer=NAME",
            "--seed=S", "--target=COL", "--target-kind=class|value", "--validation-split=F"}) {
            int at = text.indexOf(option + " ");
            int next = text.indexOf(" --", at + option.length());
            String description = text.substring(at, next < 0 ? text.length() : next);
            assertThat(description).as(option).containsIgnoringCase("default");
        }
    }
}

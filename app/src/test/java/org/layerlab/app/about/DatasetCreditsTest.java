package org.layerlab.app.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatasetCreditsTest {
    @Test
    void everyShippedDatasetIsCreditedWithOriginAndLicence() throws IOException {
        // The test runs in app/, so the shipped files are listed straight from the resources module.
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("..", "resources", "datasets"))) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
        }
        assertThat(shipped).isNotEmpty();

        List<DatasetCredit> credits = DatasetCredits.fromClassPath();

        assertThat(credits).extracting(DatasetCredit::file).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(credits).allSatisfy(c -> {
            assertThat(c.origin()).isNotBlank();
            assertThat(c.licence()).isNotBlank();
        });
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrder() {
        List<DatasetCredit> credits = DatasetCredits.parse(List.of(
                "# Datasets",
                "",
                "| licence | rows | file | origin |",
                "| --- | ---: | --- | --- |",
                "| CC0 | 3 | tiny.csv | Made up for this test |"));

        assertThat(credits).containsExactly(new DatasetCredit("tiny.csv", "Made up for this test", "CC0"));
    }

    @Test
    void tableWithoutALicenceColumnIsRejectedNamingTheColumn() {
        assertThatThrownBy(() -> DatasetCredits.parse(List.of(
                "| file | origin |",
                "| --- | --- |",
                "| tiny.csv | Made up |")))
                .hasMessageContaining("SOURCES.md").hasMessageContaining("\"licence\"");
    }
}

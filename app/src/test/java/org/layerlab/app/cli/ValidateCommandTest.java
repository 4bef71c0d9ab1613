package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {
    @TempDir
    Path folder;

    @Test
    void aValidModelListsItsLayersAndExitsWithZero() {
        CliRun run = CliRun.of("validate", TestFiles.resource("iris-mlp.json", folder).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches("hidden\\s+Dense\\s+\\(None, 16\\)\\s+" + (4 * 16 + 16)))
                .anySatisfy(l -> assertThat(l).matches("species\\s+Dense\\s+\\(None, 3\\)\\s+" + (16 * 3 + 3)))
                .last().asString().startsWith("The model is valid");
    }

    @Test
    void aModelWithAnErrorNamesTheLayerAndExitsWithOne() {
        // The input has rank 1, but Dense needs at least 2 dimensions (batch and features).
        CliRun run = CliRun.of("validate", TestFiles.resource("rank1-input.json", folder).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("ERROR dense: ").contains("min_ndim=2"));
    }

    @Test
    void aModelOverTheTrainingBudgetIsValidAndSaysItCannotBeTrained() throws Exception {
        // A Dense autoencoder 6000-4000-750-4000-6000: 54,014,750 parameters, over the 50 million for training.
        StringBuilder layers = new StringBuilder();
        long[] units = {4000, 750, 4000, 6000};
        for (int i = 0; i < units.length; i++) {
            layers.append(i == 0 ? "" : ",").append("{\"class_name\": \"Dense\", \"config\": {\"name\": \"d")
                    .append(i).append("\", \"units\": ").append(units[i])
                    .append(i == 0 ? ", \"batch_input_shape\": [null, 6000]" : "").append("}}");
        }
        Path file = folder.resolve("autoencoder.json");
        java.nio.file.Files.writeString(file, "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"ae\","
                + " \"layers\": [" + layers + "]}}");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("Total params: 54,014,750"))
                .anySatisfy(l -> assertThat(l).startsWith("The model is valid"))
                .last().asString().isEqualTo("Note: the model has 54,014,750 parameters, over the budget of 50,000,000"
                        + " for training; it can be opened, edited and exported, but not trained.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05_behavioral-cloning_keras1_lambda.json", "46_NEGATIVE_netease_tfjs-graph-model_not-keras.json",
        "README.md", "no-such-file.json"})
    void aFileThatCannotBeReadOrIsNotSupportedExitsWithTwoAndOneLine(String name) {
        CliRun run = CliRun.of("validate", TestFiles.kerasFixture(name).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab validate: ").contains(name)
                .doesNotContain("Exception");
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        CliRun run = CliRun.of("validate", "--json", TestFiles.resource("iris-mlp.json", folder).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(report)).containsExactly("exit_code", "valid", "layers", "total_params", "trainable_params",
                "diagnostics");
        assertThat(report.get("exit_code").asInt()).isZero();
        assertThat(report.get("valid").asBoolean()).isTrue();
        JsonNode hidden = report.get("layers").get(1);
        assertThat(fieldNames(hidden)).containsExactly("name", "class_name", "output_shape", "params");
        assertThat(hidden.get("name").asText()).isEqualTo("hidden");
        assertThat(hidden.get("class_name").asText()).isEqualTo("Dense");
        assertThat(hidden.get("output_shape").toString()).isEqualTo("[null,16]");
        long expected = (4 * 16 + 16) + (16 * 3 + 3);
        assertThat(hidden.get("params").asLong()).isEqualTo(4 * 16 + 16);
        assertThat(report.get("total_params").asLong()).isEqualTo(expected);
        assertThat(report.get("trainable_params").asLong()).isEqualTo(expected);
        assertThat(report.get("diagnostics").isArray()).isTrue();
        assertThat(report.get("diagnostics")).isEmpty();
    }

    @Test
    void jsonOfAModelWithErrorsCarriesTheDiagnosticsAndUnknownShapesAsNull() throws Exception {
        CliRun run = CliRun.of("validate", "--json", TestFiles.resource("rank1-input.json", folder).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode dense = report.get("layers").get(1);
        assertThat(dense.get("output_shape").isNull()).isTrue();
        assertThat(dense.get("params").isNull()).isTrue();
        JsonNode diagnostic = report.get("diagnostics").get(0);
        assertThat(fieldNames(diagnostic)).containsExactly("severity", "layer", "field", "message");
        assertThat(report.get("exit_code").asInt()).isEqualTo(1);
        assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
        assertThat(diagnostic.get("layer").asText()).isEqualTo("dense");
        assertThat(diagnostic.get("message").asText()).contains("min_ndim=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05_behavioral-cloning_keras1_lambda.json", "46_NEGATIVE_netease_tfjs-graph-model_not-keras.json",
        "README.md", "no-such-file.json"})
    void jsonIsPrintedForAFileThatCannotBeReadWithItsExitCode(String name) throws Exception {
        CliRun run = CliRun.of("validate", "--json", TestFiles.kerasFixture(name).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("exit_code").asInt()).isEqualTo(2);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("layers")).isEmpty();
        JsonNode diagnostic = report.get("diagnostics").get(0);
        assertThat(fieldNames(diagnostic)).containsExactly("severity", "layer", "field", "message");
        assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
        assertThat(diagnostic.get("message").asText()).contains(name);
    }

    @Test
    void jsonIsPrintedForAUsageMistakeToo() throws Exception {
        CliRun missingFile = CliRun.of("validate", "--json");
        CliRun unknownOption = CliRun.of("validate", "--json", "--bogus", TestFiles.resource("iris-mlp.json", folder).toString());

        for (CliRun run : List.of(missingFile, unknownOption)) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEmpty();
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertThat(report.get("exit_code").asInt()).isEqualTo(2);
            assertThat(report.get("diagnostics").get(0).get("message").asText()).startsWith("layerlab validate: ");
        }
    }

    @Test
    void jsonNamesTheLayerOfAnUnsupportedLayer() throws Exception {
        CliRun run = CliRun.of("validate", "--json", TestFiles.kerasFixture("05_behavioral-cloning_keras1_lambda.json").toString());

        JsonNode diagnostic = new ObjectMapper().readTree(run.out()).get("diagnostics").get(0);
        assertThat(diagnostic.get("layer").isNull()).isFalse();
        assertThat(diagnostic.get("message").asText()).contains(diagnostic.get("layer").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Every file LayerLab writes, it reads back: a 64-2048-2048-1 model (4.3 million parameters, its largest
 * weight 4.2 million floats, whose base64 text once broke Jackson's string limit) trains, saves and reopens
 * in validate, predict and export.
 */
class LargeProjectTest {
    @TempDir
    Path folder;

    @Test
    void aProjectWhoseLargestWeightHasFourMillionFloatsTrainsSavesAndReopens() throws IOException {
        Path model = wideModel(TestFiles.resource("digits-mlp.json", folder), folder.resolve("wide.json"));
        Path csv = TestFiles.dataset("digits8x8.csv", folder);
        Path project = folder.resolve("wide.llab");

        long start = System.nanoTime();
        CliRun train = CliRun.of("train", model.toString(), "--data", csv.toString(), "--epochs", "1", "--batch-size",
                "128", "--out", project.toString());
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        assertThat(train.exitCode()).as(train.err()).isZero();
        Project saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
        int largest = saved.model().weights().values().stream().flatMap(List::stream).mapToInt(WeightArray::size).max()
                .orElseThrow();
        assertThat(largest).isGreaterThanOrEqualTo(4_000_000);

        start = System.nanoTime();
        CliRun validate = CliRun.of("validate", project.toString());
        CliRun predict = CliRun.of("predict", project.toString(), "--input", csv.toString(), "--out",
                folder.resolve("p.csv").toString());
        CliRun export = CliRun.of("export", project.toString(), "--to", "tfjs", "--out", folder.resolve("tfjs").toString());
        double reopenSeconds = (System.nanoTime() - start) / 1e9;

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("Total params: 4,331,521");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(Files.readAllLines(folder.resolve("p.csv"))).hasSize(1798).first().isEqualTo("digit");
        assertThat(export.exitCode()).as(export.err()).isZero();
        System.out.printf("4.3M-parameter project: %,d bytes; train 1 epoch %.1f s; validate+predict+export %.1f s%n",
                Files.size(project), trainSeconds, reopenSeconds);
    }

    /** digits-mlp with 2048 and 2048 hidden units and one linear output: 64-2048-2048-1. */
    private static Path wideModel(Path digits, Path wide) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode model = (ObjectNode) mapper.readTree(digits.toFile());
        ArrayNode layers = (ArrayNode) model.get("config").get("layers");
        ObjectNode first = (ObjectNode) layers.get(1).get("config");
        first.put("units", 2048);
        ObjectNode second = (ObjectNode) layers.get(2).get("config");
        second.put("units", 2048).put("activation", "relu");
        ObjectNode out = layers.get(2).deepCopy();
        ((ObjectNode) out.get("config")).put("name", "value").put("units", 1).put("activation", "linear");
        layers.add(out);
        mapper.writeValue(wide.toFile(), model);
        return wide;
    }
}

package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trained classifier's TF.js export gives a real TensorFlow.js 4.22 client its class names: loaded as
 * TF.js loads a {@code model.json}, {@code model.getUserDefinedMetadata()} holds them in output order. Uses
 * the TensorFlow.js that model-core's interop tests install.
 */
class TfjsMetadataClientTest {
    private static final Path TFJS = Path.of("..", "model-core", "src", "test", "tfjs").toAbsolutePath().normalize();
    /** TF.js's own reading of a model.json (getModelArtifactsForJSON), the weight shards from the folder. */
    private static final String CLIENT = """
            import * as tf from '@tensorflow/tfjs';
            import { readFileSync } from 'node:fs';
            import { dirname, join } from 'node:path';
            const path = process.argv[1];
            const json = JSON.parse(readFileSync(path, 'utf8'));
            const artifacts = await tf.io.getModelArtifactsForJSON(json, async (manifest) => {
              const shards = Buffer.concat(manifest.flatMap(g => g.paths).map(p => readFileSync(join(dirname(path), p))));
              return [manifest.flatMap(g => g.weights),
                shards.buffer.slice(shards.byteOffset, shards.byteOffset + shards.byteLength)];
            });
            const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
            console.log('METADATA ' + JSON.stringify(model.getUserDefinedMetadata()));
            """;

    @TempDir
    Path folder;

    @Test
    void tensorFlowJsReadsTheClassNamesOfAClassifiersExport() throws IOException, InterruptedException {
        assertThat(TFJS.resolve("node_modules/@tensorflow/tfjs")).as("run npm ci in " + TFJS).isDirectory();
        Path project = TrainedProjects.iris(folder, 1);
        Path export = folder.resolve("iris-tfjs");
        assertThat(CliRun.of("export", project.toString(), "--to", "tfjs", "--out", export.toString()).exitCode()).isZero();

        Process node = new ProcessBuilder("node", "--input-type=module", "-e", CLIENT, export.resolve("model.json").toString())
                .directory(TFJS.toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("METADATA ")).findFirst()).as(output)
                .hasValue("METADATA {\"target\":\"species\",\"target_kind\":\"multiclass\","
                        + "\"class_names\":[\"setosa\",\"versicolor\",\"virginica\"]}");
        assertThat(Files.readString(folder.resolve("iris-tfjs.preprocessing.json"))).contains("\"setosa\"");
    }
}

package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Fuzz targets for the reader. In a normal {@code mvn test} Jazzer runs them in regression mode over the
 * committed seeds in {@code ModelReaderFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 * Any input may be refused, but only with a {@link ModelFormatException}; an input that is accepted must
 * come back unchanged through the Keras 2 and Keras 3 writers (a functional chain comes back Sequential,
 * the form the writers choose for chains).
 */
class ModelReaderFuzzTest {
    private final LayerRegistry registry = LayerRegistry.withInstalledLayers();
    private final ModelReader reader = new ModelReader(registry);

    @FuzzTest(maxDuration = "2m")
    void readJson(byte[] input) throws ModelFormatException {
        ModelDescription model;
        try {
            model = reader.readJson("fuzz.json", input);
        } catch (ModelFormatException refused) {
            return;
        }
        ModelDescription asWritten = new ModelDescription(model.name(), model.isChain(), model.layers(),
                model.inputs(), model.outputs(), model.weights(), model.source());
        ModelDescription viaKeras2 = reader.readJson("k2.json",
                new Keras2JsonWriter().toJson(model, "k2.json").getBytes(StandardCharsets.UTF_8));
        assertThat(viaKeras2.withSource(model.source())).isEqualTo(asWritten);
        ModelDescription viaKeras3 = reader.readJson("k3.json",
                new Keras3JsonWriter(registry).toJson(model, "k3.json").getBytes(StandardCharsets.UTF_8));
        assertThat(viaKeras3.withSource(model.source())).isEqualTo(asWritten);
    }

    /** Through a file, so that archives, TF.js manifests and shard lookups are fuzzed too. */
    @FuzzTest(maxDuration = "2m")
    void readFile(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("layerlab-fuzz");
        Path file = Files.write(dir.resolve("model.json"), input);
        try {
            reader.read(file);
        } catch (ModelFormatException refused) {
            assertThat(refused.getMessage()).startsWith("model.json: ").doesNotContain("\n");
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}

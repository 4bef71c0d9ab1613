package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.layer.LayerRegistry;

/** Every format version opens; the current one holds weights as binary; every file written reads back. */
class ProjectFormatsTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private final ProjectReader reader = new ProjectReader(new ModelReader(REGISTRY));
    private final ProjectWriter writer = new ProjectWriter(REGISTRY);

    @TempDir
    Path dir;

    /** A 600-1000-1 Dense chain with seeded weights: its kernel, as base64, is longer than Jackson's default string limit. */
    private static Project wide() {
        ModelDescription model = ModelDescription.chain("wide", List.of(Models.input("in", null, 600L),
                        Models.layer("Dense", "hidden").with("units", 1000L).with("activation", "relu"),
                        Models.layer("Dense", "out").with("units", 1L)),
                Models.types("InputLayer", "Dense", "Dense"));
        return Project.of(Models.withRandomWeights(model, 3));
    }

    @Test
    void aFormatTwoProjectSavedByAnEarlierLayerLabOpensAndSavesAsFormatThree() throws Exception {
        Path file = dir.resolve("xor.llab");
        try (InputStream in = getClass().getResourceAsStream("projects/xor-format2.llab")) {
            Files.copy(in, file);
        }

        Project opened = reader.open(file);

        assertThat(opened.isTrained()).isTrue();
        assertThat(opened.model().source().version()).isEqualTo("2");
        assertThat(opened.preprocessing()).isPresent();
        Path saved = dir.resolve("xor-3.llab");
        writer.write(opened, saved);
        assertThat(Files.readAllBytes(saved)).startsWith('P', 'K');
        Project again = reader.open(saved);
        assertThat(again.model().weights()).isEqualTo(opened.model().weights());
        assertThat(again.training()).isEqualTo(opened.training());
        assertThat(again.preprocessing()).isEqualTo(opened.preprocessing());
    }

    @Test
    void aFormatTwoProjectWithAWeightLongerThanAMillionBase64CharactersOpens() throws Exception {
        Project wide = wide();
        String v2 = LegacyProjects.formatTwo(writer.toJson(wide, "wide.llab"), wide);
        assertThat(v2.length()).isGreaterThan(2_000_000);

        Project opened = reader.read("wide.llab", v2.getBytes(StandardCharsets.UTF_8));

        assertThat(opened.model().weights()).isEqualTo(wide.model().weights());
    }

    @Test
    void aWideModelIsSavedAsBinaryAndReadsBackBitForBit() throws Exception {
        Path file = dir.resolve("wide.llab");
        writer.write(wide(), file);

        assertThat(Files.size(file)).as("float32 values, not base64 text").isLessThan(601_001L * 4 + 100_000);
        assertThat(reader.open(file).model().weights()).isEqualTo(wide().model().weights());
    }

    @Test
    void aSaveThatCouldNotBeReadBackIsRefusedBeforeAnythingIsWritten() {
        ModelDescription model = Models.everyOptionChain();
        Project unreadable = Project.of(new ModelDescription("m".repeat(1_100_000), model.sequential(), model.layers(),
                model.inputs(), model.outputs(), Map.of(), model.source()));
        Path file = dir.resolve("long-name.llab");

        assertThatThrownBy(() -> writer.write(unreadable, file)).isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("long-name.llab: ").hasMessageNotContaining("StreamReadConstraints");
        assertThat(file).doesNotExist();
    }

    @Test
    void aNaNWeightIsNeverSavedAndNeverRead() throws Exception {
        Project wide = wide();
        Map<String, List<WeightArray>> poisoned = new LinkedHashMap<>(wide.model().weights());
        List<WeightArray> hidden = new ArrayList<>(poisoned.get("hidden"));
        float[] bias = hidden.get(1).values();
        bias[7] = Float.NaN;
        hidden.set(1, new WeightArray(hidden.get(1).name(), hidden.get(1).shape(), bias));
        poisoned.put("hidden", hidden);
        Project bad = wide.withModel(wide.model().withWeights(poisoned));
        Path file = dir.resolve("nan.llab");

        assertThatThrownBy(() -> writer.write(bad, file)).isInstanceOf(WeightDataException.class)
                .hasMessageStartingWith("nan.llab: layer \"hidden\": weight \"bias\" holds NaN at index 7");
        assertThat(file).doesNotExist();

        byte[] archive = LegacyProjects.archive(writer.toJson(bad, "nan.llab"), bad);
        assertThatThrownBy(() -> reader.read("nan.llab", archive)).isInstanceOf(WeightDataException.class)
                .hasMessageContaining("layer \"hidden\"").hasMessageContaining("weight \"bias\"");
        String v2 = LegacyProjects.formatTwo(writer.toJson(bad, "nan.llab"), bad);
        assertThatThrownBy(() -> reader.read("nan.llab", v2.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WeightDataException.class).hasMessageContaining("weight \"bias\" holds NaN");
    }

    @Test
    void aProjectAndAModelOpenFromAPipeReadOnce() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        byte[] project = writer.toBytes(wide(), "wide.llab");

        CompletableFuture<Void> feeding = feed(fifo, project);
        Project opened = reader.open(fifo);
        feeding.get(10, TimeUnit.SECONDS);
        assertThat(opened.model().weights()).isEqualTo(wide().model().weights());

        byte[] keras = new Keras2JsonWriter().toJson(Models.everyOptionChain(), "m.json").getBytes(StandardCharsets.UTF_8);
        feeding = feed(fifo, keras);
        Project model = reader.open(fifo);
        feeding.get(10, TimeUnit.SECONDS);
        assertThat(model.model().layers()).hasSize(Models.everyOptionChain().layers().size());
    }

    @Test
    void anEndlessDeviceIsRefusedAsNotAModelWithoutReadingItAll() {
        assertThatThrownBy(() -> reader.open(Path.of("/dev/zero"))).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("zero: not a model file: it is neither JSON nor a zip archive");
    }

    private static CompletableFuture<Void> feed(Path fifo, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

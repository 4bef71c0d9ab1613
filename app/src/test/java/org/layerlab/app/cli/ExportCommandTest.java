package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.io.ModelDescription;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.layer.LayerRegistry;

class ExportCommandTest {
    private final ModelReader reader = new ModelReader(LayerRegistry.withInstalledLayers());

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"keras", "keras3", "tfjs"})
    void theExportReadsBackAsTheSameLayers(String format) throws IOException {
        Path source = TestFiles.resource("iris-mlp.json", folder);
        Path out = folder.resolve("exported-" + format);

        CliRun run = CliRun.of("export", source.toString(), "--to", format, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).last().asString().contains(out.toString());
        ModelDescription original = reader.read(source);
        ModelDescription exported = reader.read(format.equals("tfjs") ? out.resolve("model.json") : out);
        assertThat(summary(exported)).isEqualTo(summary(original));
        assertThat(exported.hasWeights()).isFalse();
    }

    @Test
    void thePythonScriptRebuildsEveryLayer() throws IOException {
        Path out = folder.resolve("model.py");

        CliRun run = CliRun.of("export", TestFiles.resource("iris-mlp.json", folder).toString(), "--to", "python",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String script = Files.readString(out);
        assertThat(script).contains("import keras", "keras.Sequential(",
                "keras.layers.Dense(**{\"name\": \"hidden\"", "\"units\": 16, \"activation\": \"relu\"",
                "keras.layers.Dense(**{\"name\": \"species\"", "\"units\": 3, \"activation\": \"softmax\"");
    }

    @Test
    void aTrainedProjectExportsToTfjsWithWeightsThatPredictLikeTheProject() throws IOException {
        Path project = TrainedProjects.iris(folder, 5);
        Path tfjs = folder.resolve("iris-tfjs");
        Path iris = TestFiles.dataset("iris.csv", folder);

        CliRun export = CliRun.of("export", project.toString(), "--to", "tfjs", "--out", tfjs.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(reader.read(tfjs.resolve("model.json")).hasWeights()).isTrue();
        // The export takes raw values, the standardisation folded in: same outputs as the project's predict.
        List<double[]> fromProject = outputs(CliRun.of("predict", project.toString(), "--input", iris.toString()), 3);
        List<double[]> fromExport = outputs(CliRun.of("predict", tfjs.toString(), "--input", iris.toString()), 3);
        assertThat(fromExport).hasSameSizeAs(fromProject).hasSize(150);
        for (int r = 0; r < fromProject.size(); r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(fromExport.get(r)[c]).isCloseTo(fromProject.get(r)[c], offset(1e-4));
            }
        }
    }

    @Test
    void aFormatWithoutRoomForWeightsSaysTheyAreLeftOut() throws IOException {
        Path project = TrainedProjects.iris(folder, 1);

        CliRun run = CliRun.of("export", project.toString(), "--to", "keras", "--out", folder.resolve("m.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains("not written", "--to tfjs"));
        assertThat(run.outLines()).noneSatisfy(l -> assertThat(l).contains("folded"));
    }

    @Test
    void categoricalColumnsPutThePreprocessingBesideTheExport() throws IOException {
        Path csv = folder.resolve("colors.csv");
        // x and three colours one-hot: the four inputs of the model.
        StringBuilder rows = new StringBuilder("x,color,label\n");
        String[] colors = {"red", "green", "blue"};
        for (int i = 0; i < 60; i++) {
            rows.append(i % 7).append(',').append(colors[i % 3]).append(',').append(i % 3 == 0 ? "yes" : "no").append('\n');
        }
        Files.writeString(csv, rows);
        Path project = folder.resolve("colors.llab");
        CliRun train = CliRun.of("train", TestFiles.resource("binary-mlp.json", folder).toString(), "--data",
                csv.toString(), "--epochs", "2", "--loss", "binary_crossentropy", "--out", project.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();

        CliRun run = CliRun.of("export", project.toString(), "--to", "tfjs", "--out", folder.resolve("colors").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path beside = folder.resolve("colors.preprocessing.json");
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains(beside.toString()));
        Map<String, Object> json = new ObjectMapper().readValue(beside.toFile(), new TypeReference<>() { });
        Preprocessing saved = new ProjectReader(reader).open(project).preprocessing().orElseThrow();
        // The standardisation is folded into the model, so what is left to do outside is the encoding alone.
        assertThat(Preprocessing.fromConfig(Config.of(json)))
                .isEqualTo(saved.withStandardization(Standardization.identity(saved.width())));
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains("color").contains("one-hot"));
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains("Folded"));
    }

    @Test
    void aModelWithErrorsIsNotExported() {
        Path out = folder.resolve("bad.json");

        CliRun run = CliRun.of("export", TestFiles.resource("rank1-input.json", folder).toString(), "--to", "keras",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab export: rank1-input.json: ")
                .contains("\"dense\"", "layerlab validate");
        assertThat(out).doesNotExist();
    }

    /** Class, name and config of every layer but the InputLayer, whose config each format spells its own way. */
    private static List<String> summary(ModelDescription model) {
        return model.layers().stream().filter(l -> !l.isInputLayer())
                .map(l -> l.className() + " " + l.name() + " " + l.config().get("units") + " " + l.config().get("activation"))
                .toList();
    }

    private static List<double[]> outputs(CliRun predict, int width) {
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        return predict.outLines().stream().skip(1).map(l -> {
            String[] cells = l.split(",");
            double[] v = new double[width];
            for (int i = 0; i < width; i++) {
                v[i] = Double.parseDouble(cells[i]);
            }
            return v;
        }).toList();
    }
}

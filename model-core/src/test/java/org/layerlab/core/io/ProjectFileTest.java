package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.PreparedData;
import org.layerlab.core.data.TrainValidationSplit;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.train.TrainingSettings;

class ProjectFileTest {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();
    private final ProjectReader reader = new ProjectReader(new ModelReader(REGISTRY));
    private final ProjectWriter writer = new ProjectWriter(REGISTRY);

    @TempDir
    Path dir;

    private static Project trainedProject() {
        PreparedData iris = BundledDatasets.load(BundledDatasets.find("iris"), DatasetFiles.opener())
                .prepare(new TrainValidationSplit(0.2, 5), true);
        ModelDescription model = Models.withRandomWeights(Models.everyOptionChain(), 11);
        return Project.of(model)
                .withPositions(Map.of("features", new CanvasPosition(40, 60), "hidden", new CanvasPosition(240.5, 60)))
                .withTraining(TrainingSettings.defaults().withEpochs(37).withLearningRate(0.003).withSeed(9))
                .withPreprocessing(iris.preprocessing());
    }

    @Test
    void aSavedProjectOpensAsItWasSaved() throws Exception {
        Project saved = trainedProject();
        Path file = dir.resolve("model.llab");
        writer.write(saved, file);

        Project opened = reader.open(file);
        assertThat(opened.model().layers()).isEqualTo(saved.model().layers());
        assertThat(opened.model().weights()).as("weights, bit for bit").isEqualTo(saved.model().weights());
        assertThat(opened.positions()).isEqualTo(saved.positions());
        assertThat(opened.training()).isEqualTo(saved.training());
        assertThat(opened.preprocessing()).isEqualTo(saved.preprocessing());
        assertThat(opened.isTrained()).isTrue();
    }

    @Test
    void theFileNamesItsFormatAndKerasClassesNeverJavaOnes() throws Exception {
        String json = writer.toJson(trainedProject(), "model.llab");
        assertThat(json).contains("\"format\" : \"layerlab-project\"").contains("\"format_version\" : 3")
                .contains("\"class_name\" : \"Dense\"").contains("\"class_name\" : \"Scale\"")
                .doesNotContain("org.layerlab");
    }

    @Test
    void aNewerFormatIsRefusedSayingSo() {
        String newer = """
                {"format": "layerlab-project", "format_version": 7, "model": {}}
                """;
        assertThatThrownBy(() -> reader.read("future.llab", newer.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("future.llab")
                .hasMessageContaining("made by a newer LayerLab (format 7)");
    }

    @Test
    void formatOneIsMigratedWithItsPositionPairs() throws Exception {
        String current = writer.toJson(Project.of(Models.everyOptionChain()), "old.llab");
        String model = current.substring(current.indexOf("\"model\""), current.indexOf(",\n  \"positions\""));
        String v1 = "{\"format\": \"layerlab-project\", \"format_version\": 1, " + model
                + ", \"positions\": {\"hidden\": [12, 34.5]}}";

        Project opened = reader.read("old.llab", v1.getBytes(StandardCharsets.UTF_8));
        assertThat(opened.positions()).containsExactly(Map.entry("hidden", new CanvasPosition(12, 34.5)));
        assertThat(opened.training()).isEqualTo(TrainingSettings.defaults());
        assertThat(opened.model().layers()).isEqualTo(Models.everyOptionChain().layers());
    }

    @Test
    void aProjectSavedUnderAnotherNameStillOpens() throws Exception {
        Path file = dir.resolve("model.json");
        Files.write(file, writer.toBytes(trainedProject(), "model.json"));
        assertThat(reader.open(file).positions()).isEqualTo(trainedProject().positions());
    }

    @Test
    void aSaveThatCannotHappenNamesTheChosenFile() throws Exception {
        Path folder = dir.resolve("taken.llab");
        Files.createDirectories(folder);
        assertThatThrownBy(() -> writer.write(trainedProject(), folder)).isInstanceOf(ProjectSaveException.class)
                .hasMessage("cannot save " + folder + ": it is a folder");
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        assertThatThrownBy(() -> writer.write(trainedProject(), blocked.resolve("p.llab")))
                .isInstanceOf(ProjectSaveException.class).hasMessageStartingWith("cannot save " + blocked.resolve("p.llab"))
                .hasMessageNotContaining(".saving");
    }

    @Test
    void somethingElseIsNotAProject() {
        assertThatThrownBy(() -> reader.read("x.llab", "{\"format\": \"keras\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("not a LayerLab project");
    }

    @Test
    void weightsThatDoNotMatchTheirShapeAreRefusedNamingTheLayer() throws Exception {
        String json = LegacyProjects.formatTwo(writer.toJson(trainedProject(), "m.llab"), trainedProject())
                .replaceFirst("\"shape\" : \\[ 16, 32 \\]", "\"shape\" : [ 16, 31 ]");
        assertThatThrownBy(() -> reader.read("m.llab", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WeightDataException.class).hasMessageContaining("m.llab").hasMessageContaining("hidden");
    }

    @Test
    void badTrainingSettingsNameTheField() throws Exception {
        String json = writer.toJson(trainedProject(), "m.llab").replace("\"epochs\" : 37", "\"epochs\" : -3");
        assertThatThrownBy(() -> reader.read("m.llab", LegacyProjects.archive(json, trainedProject())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("training.epochs")
                .satisfies(e -> assertThat(e.getMessage()).as("the field named once").containsOnlyOnce("epochs"));
    }

    @Test
    void aKerasFileOpensAsAnUntrainedProject() throws Exception {
        Project p = reader.open(SharedFiles.kerasFixture("12_dqn-cartpole_dense.json"));
        assertThat(p.model().layers()).hasSize(4);
        assertThat(p.isTrained()).isFalse();
        assertThat(p.training()).isEqualTo(TrainingSettings.defaults());
    }

    @Test
    void aSavedFileIsReadableByOthersLikeAnyDocumentAndKeepsChosenPermissions() throws Exception {
        Path file = dir.resolve("shared.llab");
        writer.write(trainedProject(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        writer.write(trainedProject(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFailedSaveLeavesThePreviousFileWhole() throws Exception {
        Path file = dir.resolve("keep.llab");
        writer.write(trainedProject(), file);
        byte[] before = Files.readAllBytes(file);
        Project broken = Project.of(new ModelDescription("broken", false,
                java.util.List.of(new LayerEntry(Models.type("Dense"), Models.layer("Dense", "d").with("units", 2L),
                        java.util.List.of(TensorRef.of("missing")))),
                java.util.List.of(), java.util.List.of(TensorRef.of("d")), Map.of(), ModelSource.layerLab()));
        assertThatThrownBy(() -> writer.write(broken, file)).isInstanceOf(ModelFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}

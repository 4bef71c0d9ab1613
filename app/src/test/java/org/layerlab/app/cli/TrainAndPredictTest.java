package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.data.CsvReader;
import org.layerlab.core.data.CsvTable;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.io.WeightArray;
import org.layerlab.core.layer.LayerRegistry;

class TrainAndPredictTest {
    private static final String EPOCH_LINE =
            "epoch \\d+/\\d+  loss \\d+\\.\\d{4}  accuracy \\d\\.\\d{4}  val_loss \\d+\\.\\d{4}  val_accuracy \\d\\.\\d{4}  \\d+\\.\\d{2} s";

    @TempDir
    Path folder;

    @Test
    void irisTrainedForSixtyEpochsPredictsTheSpeciesOfNineInTenFlowers() throws IOException {
        Path project = folder.resolve("iris.llab");
        CliRun train = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "iris",
                "--epochs", "60", "--batch-size", "16", "--optimizer", "adam", "--lr", "0.01",
                "--loss", "categorical_crossentropy", "--validation-split", "0.2", "--out", project.toString());

        assertThat(train.exitCode()).as(train.err()).isZero();
        // Not a terminal: no progress bar.
        assertThat(train.err()).isEmpty();
        List<String> lines = train.outLines();
        assertThat(lines).hasSize(62);
        assertThat(lines.get(0)).isEqualTo("Training 60 epoch(s): optimizer adam, learning rate 0.01, batch size 16, loss"
                + " categorical_crossentropy, validation split 0.2, seed 1; target \"species\": 3 classes (setosa, versicolor,"
                + " virginica)");
        assertThat(lines.subList(1, 61)).allSatisfy(l -> assertThat(l).matches(EPOCH_LINE));
        assertThat(lines.get(1)).startsWith("epoch 1/60  ");
        assertThat(lines.get(61)).contains(project.toString());

        Path iris = TestFiles.dataset("iris.csv", folder);
        Path predictions = folder.resolve("predictions.csv");
        CliRun predict = CliRun.of("predict", project.toString(), "--input", iris.toString(), "--out", predictions.toString());

        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out()).isEmpty();
        CsvTable truth = CsvReader.read(iris);
        CsvTable predicted = CsvReader.read(predictions);
        assertThat(predicted.header()).containsExactly("p_setosa", "p_versicolor", "p_virginica", "predicted");
        assertThat(predicted.size()).isEqualTo(truth.size());
        int right = 0;
        for (int r = 0; r < truth.size(); r++) {
            CsvTable.Record row = predicted.records().get(r);
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Double.parseDouble(row.value(c));
            }
            assertThat(sum).as("softmax row %d", r).isCloseTo(1, offset(1e-4));
            if (row.value(3).equals(truth.records().get(r).value(truth.columnIndex("species")))) {
                right++;
            }
        }
        assertThat(right / (double) truth.size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSavedProjectHoldsTheSettingsUsedAndThePreprocessing() throws IOException {
        Path project = TrainedProjects.iris(folder, 2);

        Project saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);

        assertThat(saved.isTrained()).isTrue();
        assertThat(saved.training().epochs()).isEqualTo(2);
        assertThat(saved.training().optimizer()).isEqualTo("adam");
        assertThat(saved.training().learningRate()).isEqualTo(0.01);
        assertThat(saved.training().validationSplit()).isEqualTo(0.2);
        assertThat(saved.preprocessing()).hasValueSatisfying(p -> {
            assertThat(p.columnNames()).containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
            assertThat(p.standardization().isIdentity()).isFalse();
            assertThat(p.target().classNames()).containsExactly("setosa", "versicolor", "virginica");
        });
    }

    @Test
    void aKerasFileWithoutSettingsTrainsWithTheLossItsTargetNeedsAndHoldsOutAFifth() throws IOException {
        Path project = folder.resolve("defaults.llab");
        CliRun train = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "iris",
                "--epochs", "1", "--out", project.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("val_loss").contains("val_accuracy");

        Project saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
        assertThat(saved.training().loss()).isEqualTo("categorical_crossentropy");
        assertThat(saved.training().validationSplit()).isEqualTo(0.2);

        CliRun again = CliRun.of("train", project.toString(), "--data", "iris", "--epochs", "1", "--loss",
                "mean_squared_error", "--validation-split", "0", "--out", project.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("val_loss");
    }

    @Test
    void aHugeLearningRateFailsWithTheNanMessageAndSavesTheLastGoodWeights() throws IOException {
        Path project = folder.resolve("diverged.llab");

        CliRun run = CliRun.of("train", TestFiles.resource("sine-mlp.json", folder).toString(), "--data", "sine",
                "--optimizer", "sgd", "--lr", "1e6", "--out", project.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("layerlab train: loss became ")
                .containsPattern("NaN|infinite").contains(project.toString());
        Project saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(project);
        assertThat(saved.isTrained()).isTrue();
        for (List<WeightArray> layer : saved.model().weights().values()) {
            for (WeightArray w : layer) {
                for (float v : w.values()) {
                    assertThat(Float.isFinite(v)).as("weight %s", w.name()).isTrue();
                }
            }
        }
    }

    @Test
    void dataThatDoesNotFitTheModelSaysWhatEachHas() {
        // The sine model takes one feature; iris rows have four.
        CliRun run = CliRun.of("train", TestFiles.resource("sine-mlp.json", folder).toString(), "--data", "iris",
                "--out", folder.resolve("x.llab").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("4 features", "(None, 1)");
        assertThat(folder.resolve("x.llab")).doesNotExist();
    }

    @Test
    void anUnknownDataSetIsAUsageErrorListingTheNames() {
        CliRun run = CliRun.of("train", TestFiles.resource("iris-mlp.json", folder).toString(), "--data", "irises",
                "--out", folder.resolve("x.llab").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("\"irises\"", "iris", "digits8x8", "xor", ".csv");
    }

    @Test
    void aGeneratedSetTrainsAndItsPredictionsNameTheClass() throws IOException {
        Path project = folder.resolve("xor.llab");
        CliRun train = CliRun.of("train", TestFiles.resource("xor-mlp.json", folder).toString(), "--data", "xor",
                "--epochs", "2", "--loss", "binary_crossentropy", "--out", project.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path points = folder.resolve("points.csv");
        Files.writeString(points, "x1,x2\n1,1\n-1,1\n");

        CliRun predict = CliRun.of("predict", project.toString(), "--input", points.toString());

        assertThat(predict.exitCode()).as(predict.err()).isZero();
        // One sigmoid unit: the probability of class "1", then the class it decides.
        List<String> lines = predict.outLines();
        assertThat(lines.get(0)).isEqualTo("p_1,predicted");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertThat(cells[1]).isEqualTo(Double.parseDouble(cells[0]) >= 0.5 ? "1" : "0");
        }
    }

    @Test
    void aPredictedValueIsNamedAfterItsTargetColumn() throws IOException {
        Path csv = folder.resolve("prices.csv");
        StringBuilder rows = new StringBuilder("a,b,c,d,price\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i).append(',').append(i % 3).append(',').append(i % 5).append(',').append(i % 7).append(',')
                    .append(i * 1.5).append('\n');
        }
        Files.writeString(csv, rows);
        Path project = folder.resolve("prices.llab");
        String linear = Files.readString(TestFiles.resource("binary-mlp.json", folder)).replace("\"sigmoid\"", "\"linear\"");
        Path model = Files.writeString(folder.resolve("linear.json"), linear);
        assertThat(CliRun.of("train", model.toString(), "--data", csv.toString(), "--epochs", "1", "--out",
                project.toString()).exitCode()).isZero();

        CliRun predict = CliRun.of("predict", project.toString(), "--input", csv.toString());

        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.outLines().get(0)).isEqualTo("price");
    }

    @Test
    void aKerasFileWithoutWeightsPredictsFromSeededWeights() throws IOException {
        Path model = TestFiles.resource("iris-mlp.json", folder);
        Path iris = TestFiles.dataset("iris.csv", folder);

        CliRun first = CliRun.of("predict", model.toString(), "--input", iris.toString(), "--seed", "7");
        CliRun again = CliRun.of("predict", model.toString(), "--input", iris.toString(), "--seed", "7");
        CliRun other = CliRun.of("predict", model.toString(), "--input", iris.toString(), "--seed", "8");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.errLines()).singleElement().asString().contains("iris-mlp.json", "seed 7");
        List<String> lines = first.outLines();
        assertThat(lines.get(0)).isEqualTo("output_0,output_1,output_2");
        assertThat(lines).hasSize(151);
        for (String line : lines.subList(1, lines.size())) {
            double sum = 0;
            for (String cell : line.split(",")) {
                sum += Double.parseDouble(cell);
            }
            assertThat(sum).isCloseTo(1, offset(1e-4));
        }
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void aCsvWhoseNumericColumnsDoNotFitTheModelIsOneLine() throws IOException {
        Path csv = folder.resolve("three.csv");
        Files.writeString(csv, "a,b,c,name\n1,2,3,x\n4,5,6,y\n");

        CliRun run = CliRun.of("predict", TestFiles.resource("iris-mlp.json", folder).toString(), "--input", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().startsWith("layerlab predict: ").contains("three.csv", "a, b, c", "4");
    }
}

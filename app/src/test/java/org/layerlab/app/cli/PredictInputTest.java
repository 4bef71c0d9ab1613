package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What predict makes of its input files, and says about them. */
class PredictInputTest {
    @TempDir
    Path folder;

    private Path irisModel() {
        return TestFiles.resource("iris-mlp.json", folder);
    }

    @Test
    void aHeaderOnlyCsvGivesTheFullHeaderAndNoRows() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "sepal_length,sepal_width,petal_length,petal_width\n");

        CliRun bare = CliRun.of("predict", irisModel().toString(), "--input", empty.toString(), "--seed", "1");
        CliRun trained = CliRun.of("predict", TrainedProjects.iris(folder, 1).toString(), "--input", empty.toString());

        assertThat(bare.exitCode()).as(bare.err()).isZero();
        assertThat(bare.outLines()).containsExactly("output_0,output_1,output_2");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.outLines()).containsExactly("p_setosa,p_versicolor,p_virginica,predicted");
    }

    @Test
    void aBlankFirstCellIsAnErrorAtItsLineAndColumnNotADroppedColumn() throws IOException {
        Path csv = Files.writeString(folder.resolve("gap.csv"), "a,b,c,d\n,2,3,4\n5,6,7,8\n");

        CliRun run = CliRun.of("predict", irisModel().toString(), "--input", csv.toString(), "--seed", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().asString().startsWith("layerlab predict: ")
                .contains("gap.csv line 2, column 1 (\"a\")");
    }

    @Test
    void aTextColumnIsLeftOutEvenWhenItsFirstCellIsANumber() throws IOException {
        Path csv = Files.writeString(folder.resolve("named.csv"), "a,b,c,d,name\n1,2,3,4,7\n5,6,7,8,rose\n");

        CliRun run = CliRun.of("predict", irisModel().toString(), "--input", csv.toString(), "--seed", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
    }

    @Test
    void aFolderAsInputIsOneLineSayingSo() throws IOException {
        Path input = Files.createDirectory(folder.resolve("rows.csv"));

        CliRun run = CliRun.of("predict", irisModel().toString(), "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).last().asString().isEqualTo("layerlab predict: " + input + " is a folder, not a CSV file");
    }

    @Test
    void aCsvThatIsNotUtf8NamesTheLineOfTheBadByte() throws IOException {
        // Far past the first read-ahead buffer, so that a reader's position would give another line.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b,c,d\n".getBytes(StandardCharsets.UTF_8));
        for (int line = 2; line < 2000; line++) {
            bytes.writeBytes("1.25,2.5,3.75,4.125\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("1,2,3,".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // é in Latin-1
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(folder.resolve("latin1.csv"), bytes.toByteArray());

        CliRun run = CliRun.of("predict", irisModel().toString(), "--input", csv.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).last().asString()
                .isEqualTo("layerlab predict: " + csv + " is not UTF-8 text (line 2000)");
    }

    @Test
    void aFolderWithoutModelJsonSaysSo() throws IOException {
        Path empty = Files.createDirectory(folder.resolve("adir"));

        CliRun run = CliRun.of("predict", empty.toString(), "--input", TestFiles.dataset("iris.csv", folder).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("layerlab predict: " + empty + " is a folder without a model.json");
    }

    @Test
    void aSeedForATrainedProjectIsNotedAsHavingNoEffect() {
        Path project = TrainedProjects.iris(folder, 1);
        Path iris = TestFiles.dataset("iris.csv", folder);

        CliRun seeded = CliRun.of("predict", project.toString(), "--input", iris.toString(), "--seed", "9");
        CliRun plain = CliRun.of("predict", project.toString(), "--input", iris.toString());

        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
        assertThat(seeded.errLines()).singleElement().asString().contains(project.getFileName().toString(), "--seed");
        assertThat(plain.err()).isEmpty();
        assertThat(seeded.out()).isEqualTo(plain.out());
    }

    @Test
    void aModelWithErrorsIsRefusedNamingTheFileAndTheLayer() {
        Path model = TestFiles.resource("rank1-input.json", folder);
        Path csv = TestFiles.dataset("iris.csv", folder);

        CliRun predict = CliRun.of("predict", model.toString(), "--input", csv.toString());
        CliRun train = CliRun.of("train", model.toString(), "--data", "iris", "--out", folder.resolve("x.llab").toString());

        for (CliRun run : new CliRun[] {predict, train}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().contains("rank1-input.json: ", "\"dense\"", "layerlab validate");
        }
    }
}

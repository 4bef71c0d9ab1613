package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.data.CsvReader;
import org.layerlab.core.data.CsvTable;

/** A CSV target of numbers is read as classes or values as the model and loss mean it. */
class TargetKindTest {
    private static final Pattern VAL_ACCURACY = Pattern.compile("val_accuracy (\\d\\.\\d{4})");

    @TempDir
    Path folder;

    @Test
    void digitsAsAFileTrainA64To32To10SoftmaxModelToNineInTenRight() {
        Path csv = TestFiles.dataset("digits8x8.csv", folder);

        CliRun run = CliRun.of("train", TestFiles.resource("digits-mlp.json", folder).toString(), "--data", csv.toString(),
                "--epochs", "20", "--batch-size", "32", "--optimizer", "adam", "--lr", "0.01",
                "--out", folder.resolve("digits.llab").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("categorical_crossentropy");
        assertThat(lastValidationAccuracy(run.outLines())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aZeroOneTargetWithOneSigmoidUnitAndBinaryCrossEntropyIsTwoClasses() throws IOException {
        Path csv = twoClassTable(folder.resolve("pass.csv"));
        Path project = folder.resolve("pass.llab");

        CliRun run = CliRun.of("train", TestFiles.resource("binary-mlp.json", folder).toString(), "--data", csv.toString(),
                "--loss", "binary_crossentropy", "--epochs", "30", "--optimizer", "adam", "--lr", "0.05",
                "--out", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("epoch ")).allSatisfy(l -> assertThat(l).contains(" accuracy "));
        assertThat(lastValidationAccuracy(run.outLines())).isGreaterThanOrEqualTo(0.85);

        Path predictions = folder.resolve("p.csv");
        CliRun predict = CliRun.of("predict", project.toString(), "--input", csv.toString(), "--out", predictions.toString());

        assertThat(predict.exitCode()).as(predict.err()).isZero();
        CsvTable table = CsvReader.read(predictions);
        assertThat(table.header()).containsExactly("p_1", "predicted");
        assertThat(table.records()).allSatisfy(r -> assertThat(r.value(1)).isIn("0", "1"));
    }

    @Test
    void withoutALossOneSigmoidUnitOnZeroOneIsTwoClasses() throws IOException {
        Path csv = twoClassTable(folder.resolve("pass.csv"));

        CliRun run = CliRun.of("train", TestFiles.resource("binary-mlp.json", folder).toString(), "--data", csv.toString(),
                "--epochs", "1", "--out", folder.resolve("pass.llab").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("binary_crossentropy").contains(" accuracy ");
    }

    @Test
    void targetKindValueOverridesTheModelAndTheErrorGivesTheFitFix() {
        Path csv = TestFiles.dataset("digits8x8.csv", folder);

        CliRun run = CliRun.of("train", TestFiles.resource("digits-mlp.json", folder).toString(), "--data", csv.toString(),
                "--target-kind", "value", "--epochs", "1", "--out", folder.resolve("d.llab").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().contains("give the last layer 1 unit")
                .contains("if the values are class labels");
    }

    @Test
    void targetKindClassOverridesALinearOutput() throws IOException {
        Path csv = twoClassTable(folder.resolve("pass.csv"));
        String linear = Files.readString(TestFiles.resource("binary-mlp.json", folder)).replace("\"sigmoid\"", "\"linear\"");
        Path model = Files.writeString(folder.resolve("linear.json"), linear);

        CliRun asValues = CliRun.of("train", model.toString(), "--data", csv.toString(), "--epochs", "1",
                "--out", folder.resolve("v.llab").toString());
        CliRun asClasses = CliRun.of("train", model.toString(), "--data", csv.toString(), "--epochs", "1",
                "--target-kind", "class", "--out", folder.resolve("c.llab").toString());

        assertThat(asValues.out()).contains("mean_squared_error").doesNotContain(" accuracy ");
        assertThat(asClasses.exitCode()).as(asClasses.err()).isZero();
        assertThat(asClasses.out()).contains("binary_crossentropy").contains(" accuracy ");
    }

    @Test
    void aNaNOrABlankInANumericTargetIsAnErrorNamingLineAndColumn() throws IOException {
        Path nan = Files.writeString(folder.resolve("nan.csv"), "a,b,c,d,y\n1,2,3,4,0.5\n1,2,3,4,NaN\n2,3,4,5,1.5\n");
        Path blank = Files.writeString(folder.resolve("blank.csv"), "a,b,c,d,y\n1,2,3,4,0.5\n1,2,3,4,1.5\n2,3,4,5,\n");
        String model = TestFiles.resource("binary-mlp.json", folder).toString();

        CliRun withNaN = CliRun.of("train", model, "--data", nan.toString(), "--out", folder.resolve("n.llab").toString());
        CliRun withBlank = CliRun.of("train", model, "--data", blank.toString(), "--out", folder.resolve("b.llab").toString());

        assertThat(withNaN.exitCode()).isEqualTo(1);
        assertThat(withNaN.errLines()).singleElement().asString()
                .isEqualTo("layerlab train: " + nan + " line 3, column 5 (\"y\"): \"NaN\" is not a number in a target of numbers;"
                        + " fill it in or remove the row");
        assertThat(withBlank.errLines()).singleElement().asString()
                .isEqualTo("layerlab train: " + blank + " line 4, column 5 (\"y\"): missing value in a target of numbers;"
                        + " fill it in or remove the row");
    }

    /** 300 rows of four features; the label is 1 when their sum is positive. */
    private static Path twoClassTable(Path file) throws IOException {
        Random random = new Random(4);
        StringBuilder csv = new StringBuilder("a,b,c,d,passed\n");
        for (int i = 0; i < 300; i++) {
            double sum = 0;
            for (int k = 0; k < 4; k++) {
                double v = random.nextGaussian();
                sum += v;
                csv.append(String.format(java.util.Locale.ROOT, "%.4f,", v));
            }
            csv.append(sum > 0 ? 1 : 0).append('\n');
        }
        return Files.writeString(file, csv);
    }

    private static double lastValidationAccuracy(List<String> lines) {
        double last = -1;
        for (String l : lines) {
            Matcher m = VAL_ACCURACY.matcher(l);
            if (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
        }
        return last;
    }
}

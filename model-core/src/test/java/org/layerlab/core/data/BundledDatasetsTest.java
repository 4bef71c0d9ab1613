package org.layerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDatasetsTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("iris", 150, 4, TargetKind.MULTICLASS, new int[] {50, 50, 50}),
                Arguments.of("wine", 178, 13, TargetKind.MULTICLASS, new int[] {59, 71, 48}),
                Arguments.of("breast_cancer", 569, 30, TargetKind.BINARY, new int[] {357, 212}),
                Arguments.of("digits8x8", 1797, 64, TargetKind.MULTICLASS, new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void loadsWithItsShapeAndClasses(String id, int rows, int features, TargetKind kind, int[] perClass) {
        Dataset d = BundledDatasets.load(BundledDatasets.find(id), DatasetFiles.opener()).dataset();
        assertThat(d.size()).isEqualTo(rows);
        assertThat(d.width()).isEqualTo(features);
        assertThat(d.target().kind()).isEqualTo(kind);
        assertThat(d.classCounts()).containsExactly(perClass);
        assertThat(d.target().classCount()).isEqualTo(perClass.length);
    }

    @Test
    void irisFirstRowIsFishersFirstFlower() {
        Dataset d = BundledDatasets.load(BundledDatasets.find("iris"), DatasetFiles.opener()).dataset();
        assertThat(d.featureNames()).containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        // Features are float32, as the model computes.
        assertThat(d.row(0)).containsExactly((float) 5.1, (float) 3.5, (float) 1.4, (float) 0.2);
        assertThat(d.target().classNames().get((int) d.target(0))).isEqualTo("setosa");
    }

    @Test
    void digitsAreClassesNotRegressionAndOrderedByValue() {
        Dataset d = BundledDatasets.load(BundledDatasets.find("digits8x8"), DatasetFiles.opener()).dataset();
        assertThat(d.target().classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(Arrays.stream(d.features()).max().orElseThrow()).isEqualTo(16);
    }

    @Test
    void everyTableCreditsUciUnderCcBy() throws Exception {
        String sources = Files.readString(DatasetFiles.folder().resolve("SOURCES.md"));
        assertThat(BundledDatasets.all()).extracting(BundledDataset::id)
                .containsExactly("iris", "wine", "breast_cancer", "digits8x8");
        for (BundledDataset d : BundledDatasets.all()) {
            assertThat(d.credit()).contains("UCI Machine Learning Repository").contains("Dua").contains("Graff").contains("CC BY 4.0");
            assertThat(d.resourcePath()).isEqualTo("layerlab/datasets/" + d.file());
            assertThat(sources).contains("| " + d.file() + " | " + d.rows() + " | " + d.features());
        }
    }

    @Test
    void aMissingResourceOrUnknownIdIsNamed() {
        DataException missing = catchThrowableOfType(DataException.class,
                () -> BundledDatasets.read(BundledDatasets.find("wine"), path -> null));
        assertThat(missing).hasMessage("wine.csv: is not on the class path at layerlab/datasets/wine.csv");
        assertThat(catchThrowableOfType(DataException.class, () -> BundledDatasets.find("mnist")).getMessage())
                .contains("mnist").contains("iris, wine, breast_cancer, digits8x8");
    }

    @Test
    void aClassLoaderCanServeAsOpener(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("layerlab/datasets"));
        Files.copy(DatasetFiles.folder().resolve("iris.csv"), folder.resolve("iris.csv"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            CsvTable t = BundledDatasets.read(BundledDatasets.find("iris"), ResourceOpener.of(loader));
            assertThat(t.size()).isEqualTo(150);
            assertThat(t.source()).isEqualTo("iris.csv");
        }
    }
}

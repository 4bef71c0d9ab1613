package org.layerlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The classification tables that ship with LayerLab (from resources/datasets, see its SOURCES.md).
 * Each is a CSV with a header whose last column is the class; all features are numeric.
 */
public final class BundledDatasets {
    /** Where the files are on the class path. */
    public static final String RESOURCE_FOLDER = "layerlab/datasets/";

    /** The credit every bundled table shares, for the app's About and licences text. */
    public static final String CREDIT = "Dua, D. and Graff, C., UCI Machine Learning Repository, "
            + "University of California, Irvine. Licensed under CC BY 4.0.";

    private static final List<BundledDataset> ALL = List.of(
            new BundledDataset("iris", "iris.csv", "Iris flowers",
                    "Sepal and petal length and width of 150 irises of three species", 150, 4,
                    List.of("setosa", "versicolor", "virginica"),
                    "Fisher's Iris data. " + CREDIT),
            new BundledDataset("wine", "wine.csv", "Wine recognition",
                    "13 chemical measurements of 178 Italian wines from three cultivars", 178, 13,
                    List.of("class_0", "class_1", "class_2"),
                    "Wine recognition data (Forina et al.). " + CREDIT),
            new BundledDataset("breast_cancer", "breast_cancer.csv", "Breast cancer (Wisconsin diagnostic)",
                    "30 measurements of cell nuclei in 569 breast masses, benign or malignant", 569, 30,
                    List.of("benign", "malignant"),
                    "Breast Cancer Wisconsin (Diagnostic) data (Wolberg, Street and Mangasarian). " + CREDIT),
            new BundledDataset("digits8x8", "digits8x8.csv", "Handwritten digits 8x8",
                    "1797 handwritten digits as 8x8 images of intensities 0..16, row by row", 1797, 64,
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                    "Optical Recognition of Handwritten Digits data (Alpaydin and Kaynak). " + CREDIT));

    private BundledDatasets() {
    }

    public static List<BundledDataset> all() {
        return ALL;
    }

    /**
     * The bundled table with this id.
     *
     * @throws DataException naming the known ids when there is none
     */
    public static BundledDataset find(String id) {
        for (BundledDataset d : ALL) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        String known = ALL.stream().map(BundledDataset::id).collect(Collectors.joining(", "));
        throw DataException.in("data set \"" + id + "\"", "not a bundled data set; choose one of " + known);
    }

    /** Reads the raw table. */
    public static CsvTable read(BundledDataset data, ResourceOpener opener) {
        try (InputStream in = opener.open(data.resourcePath())) {
            if (in == null) {
                throw DataException.in(data.file(), "is not on the class path at " + data.resourcePath());
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CsvReader.parse(data.file(), reader);
        } catch (IOException e) {
            throw DataException.in(data.file(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads and encodes a bundled table: the last column is the class (also for digits, whose classes
     * are numbers), and the file must have the rows, features and classes listed for it.
     */
    public static EncodedData load(BundledDataset data, ResourceOpener opener) {
        CsvTable table = read(data, opener);
        EncodedData encoded = TableEncoder.encode(table,
                TableOptions.defaults().withTargetMode(TableOptions.TargetMode.CLASSIFICATION));
        Dataset d = encoded.dataset();
        if (d.size() != data.rows() || d.width() != data.features() || !d.target().classNames().equals(data.classNames())) {
            throw DataException.in(data.file(), "holds " + d.size() + " rows, " + d.width() + " features and classes "
                    + d.target().classNames() + "; expected " + data.rows() + ", " + data.features() + " and "
                    + data.classNames());
        }
        return encoded;
    }
}

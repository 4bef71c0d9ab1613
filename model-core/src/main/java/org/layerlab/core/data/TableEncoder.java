package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a CSV table into an {@link EncodedData}: picks the target column, decides for every other
 * column whether it is numeric or categorical, and encodes all rows.
 *
 * <p>Rules: a feature column is numeric when more than half of its filled-in values are numbers (the rest are
 * then reported as errors, not silently made categories), otherwise categorical, and always
 * categorical when named in {@link TableOptions#categoricalColumns()}. Categories and class names
 * come from all rows, in a stable order: by value when all are numbers, otherwise alphabetical. A
 * classification target with two classes is binary (the second in that order is class 1).
 */
public final class TableEncoder {
    private static final Comparator<String> NUMERIC_ORDER =
            Comparator.<String>comparingDouble(NumberText::parse).thenComparing(Comparator.naturalOrder());

    /** How tables write a missing or undefined number, which never makes a column of numbers text. */
    private static final Set<String> NOT_A_NUMBER = Set.of("nan", "na", "n/a", "null", "inf", "-inf", "+inf",
            "infinity", "-infinity", "+infinity");

    private TableEncoder() {
    }

    public static EncodedData encode(CsvTable table, TableOptions options) {
        String source = table.source();
        List<String> header = table.header();
        int targetIndex = targetIndex(source, header, table.size(), options);
        List<FeatureColumn> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != targetIndex) {
                columns.add(featureColumn(table, c, options.categoricalColumns()));
            }
        }
        Target target = target(table, targetIndex, options);
        double[] targets = targetValues(table, targetIndex, target);
        Preprocessing preprocessing = new Preprocessing(columns, Standardization.identity(width(columns)), target);
        double[] features = preprocessing.transform(table);
        Dataset data = new Dataset(datasetName(source), preprocessing.featureNames(), features, targets, target);
        return new EncodedData(data, preprocessing);
    }

    /**
     * Encodes a table read by columns, by the same rules, into float32 features without a string per cell.
     *
     * @throws DataException naming the file, line and column of the first value that cannot be used
     */
    public static EncodedData encode(ColumnarTable table, TableOptions options) {
        return new ColumnarEncoding(table, options).encode();
    }

    /** Whether a value is one of the ways tables write a missing number (NaN, NA, inf, ...). */
    static boolean isNotANumber(String value) {
        return NOT_A_NUMBER.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Sorts class or category names: by value when all are numbers, otherwise alphabetically. */
    static List<String> sorted(Set<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(values.stream().allMatch(NumberText::isNumber) ? NUMERIC_ORDER : Comparator.naturalOrder());
        return sorted;
    }

    /** "data/iris.csv" gives "iris"; see {@link #datasetName}. */
    static String nameOf(String source) {
        return datasetName(source);
    }

    /**
     * The target column's index, once the table has the columns and rows training needs and every column
     * the options name.
     */
    static int targetIndex(String source, List<String> header, int rows, TableOptions options) {
        if (header.size() < 2) {
            throw DataException.in(source, "needs at least two columns, one feature and the target");
        }
        if (rows == 0) {
            throw DataException.in(source, "has a header but no data rows");
        }
        if (rows == 1) {
            throw DataException.in(source, "has only 1 data row; training needs at least 2");
        }
        for (String c : options.categoricalColumns()) {
            requireColumn(source, header, c, "categorical");
        }
        String targetName = options.targetColumn() == null ? header.get(header.size() - 1) : options.targetColumn();
        return requireColumn(source, header, targetName, "target");
    }

    private static int requireColumn(String source, List<String> header, String name, String role) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw DataException.in(source, "the " + role + " column \"" + name + "\" is not in the header ("
                    + String.join(", ", header) + ")");
        }
        return index;
    }

    private static FeatureColumn featureColumn(CsvTable table, int column, Set<String> forcedCategorical) {
        String name = table.header().get(column);
        int numbers = 0;
        int filled = 0;
        for (CsvTable.Record r : table.records()) {
            if (!r.value(column).isBlank()) {
                filled++;
            }
            if (NumberText.isNumber(r.value(column))) {
                numbers++;
            }
        }
        if (!forcedCategorical.contains(name) && numbers * 2 > filled) {
            return new FeatureColumn.Numeric(name);
        }
        return new FeatureColumn.Categorical(name, distinctValues(table, column));
    }

    private static Target target(CsvTable table, int column, TableOptions options) {
        String name = table.header().get(column);
        TableOptions.TargetMode mode = options.targetMode();
        boolean classify = mode == TableOptions.TargetMode.CLASSIFICATION;
        if (mode == TableOptions.TargetMode.AUTO) {
            Set<Double> numbers = numericValues(table, column);
            classify = numbers == null || (options.output() != null && options.output().meansClasses(numbers));
        }
        if (!classify) {
            return Target.regression(name);
        }
        List<String> classes = distinctValues(table, column);
        if (classes.size() < 2) {
            throw DataException.atCell(table.source(), 0, column + 1, name,
                    "the target has only one class (\"" + classes.get(0) + "\"); classification needs two or more");
        }
        return Target.classes(name, classes);
    }

    /**
     * The distinct values of a target column that holds numbers, or {@code null} when it holds text. A
     * blank or a not-a-number in a column of numbers is an error naming its line and column: it must not
     * turn numbers into classes.
     */
    private static Set<Double> numericValues(CsvTable table, int column) {
        Set<Double> values = new HashSet<>();
        CsvTable.Record gap = null;
        for (CsvTable.Record r : table.records()) {
            String v = r.value(column);
            if (NumberText.isNumber(v)) {
                values.add(NumberText.parse(v));
            } else if (v.isBlank() || isNotANumber(v)) {
                gap = gap == null ? r : gap;
            } else {
                return null;
            }
        }
        if (gap != null && !values.isEmpty()) {
            String v = gap.value(column).strip();
            throw DataException.atCell(table.source(), gap.line(), column + 1, table.header().get(column),
                    (v.isEmpty() ? "missing value" : "\"" + v + "\" is not a number")
                            + " in a target of numbers; fill it in or remove the row");
        }
        return values.isEmpty() ? null : values;
    }

    private static double[] targetValues(CsvTable table, int column, Target target) {
        double[] values = new double[table.size()];
        FeatureColumn asColumn = target.isClassification() ? null : new FeatureColumn.Numeric(target.name());
        double[] one = new double[1];
        for (int r = 0; r < values.length; r++) {
            CsvTable.Record rec = table.records().get(r);
            if (asColumn != null) {
                asColumn.encode(rec.value(column), one, 0, table.source(), rec.line(), column + 1);
                values[r] = one[0];
            } else {
                values[r] = target.classNames().indexOf(rec.value(column).strip());
            }
        }
        return values;
    }

    /** The stripped, non-blank values of a column in category order; a blank value is an error. */
    private static List<String> distinctValues(CsvTable table, int column) {
        Set<String> values = new HashSet<>();
        for (CsvTable.Record r : table.records()) {
            String v = r.value(column).strip();
            if (v.isEmpty()) {
                throw DataException.atCell(table.source(), r.line(), column + 1, table.header().get(column), "missing value");
            }
            values.add(v);
        }
        return sorted(values);
    }

    private static int width(List<FeatureColumn> columns) {
        return columns.stream().mapToInt(FeatureColumn::width).sum();
    }

    /** The file name without folders and extension: "data/iris.csv" gives "iris". */
    private static String datasetName(String source) {
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}

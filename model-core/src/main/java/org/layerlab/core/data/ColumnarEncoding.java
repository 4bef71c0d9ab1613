package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link TableEncoder}'s rules applied to a {@link ColumnarTable}: the features go straight from the float32
 * columns into one float32 row-major array, the only copy the data set keeps.
 */
final class ColumnarEncoding {
    private final ColumnarTable table;
    private final TableOptions options;
    private final String source;

    ColumnarEncoding(ColumnarTable table, TableOptions options) {
        this.table = table;
        this.options = options;
        this.source = table.source();
    }

    EncodedData encode() {
        List<String> header = table.header();
        int targetIndex = TableEncoder.targetIndex(source, header, table.size(), options);
        List<FeatureColumn> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != targetIndex) {
                columns.add(featureColumn(c));
                positions.add(c);
            }
        }
        Target target = target(targetIndex);
        double[] targets = targetValues(targetIndex, target);
        Preprocessing preprocessing = new Preprocessing(columns, Standardization.identity(width(columns)), target);
        float[] features = features(columns, positions, preprocessing.width());
        Dataset data = new Dataset(TableEncoder.nameOf(source), preprocessing.featureNames(), features, targets, target);
        return new EncodedData(data, preprocessing);
    }

    private FeatureColumn featureColumn(int c) {
        String name = table.header().get(c);
        TableColumn column = table.column(c);
        if (!options.categoricalColumns().contains(name) && column.numberCount() * 2 > column.filled()) {
            return new FeatureColumn.Numeric(name);
        }
        return new FeatureColumn.Categorical(name, distinctValues(c));
    }

    private Target target(int c) {
        String name = table.header().get(c);
        TableOptions.TargetMode mode = options.targetMode();
        boolean classify = mode == TableOptions.TargetMode.CLASSIFICATION;
        if (mode == TableOptions.TargetMode.AUTO) {
            TableColumn column = table.column(c);
            if (column.firstText() >= 0 || column.numberCount() == 0) {
                classify = true;
            } else {
                if (column.firstGap() >= 0) {
                    int row = column.firstGap();
                    String v = column.hasTexts() ? column.text(row) : column.firstNonNumberText();
                    throw DataException.atCell(source, table.line(row), c + 1, name,
                            (v.isEmpty() ? "missing value" : "\"" + v + "\" is not a number")
                                    + " in a target of numbers; fill it in or remove the row");
                }
                classify = options.output() != null && options.output().meansClasses(distinctNumbers(column));
            }
        }
        if (!classify) {
            return Target.regression(name);
        }
        List<String> classes = distinctValues(c);
        if (classes.size() < 2) {
            throw DataException.atCell(source, 0, c + 1, name,
                    "the target has only one class (\"" + classes.get(0) + "\"); classification needs two or more");
        }
        return Target.classes(name, classes);
    }

    /** The distinct numbers of a column of numbers; past {@link TableColumn#MAX_DISTINCT}, that many and more. */
    private static Set<Double> distinctNumbers(TableColumn column) {
        Set<Double> values = new HashSet<>();
        if (column.hasTexts()) {
            column.distinct().forEach(v -> values.add(NumberText.parse(v)));
            return values;
        }
        // Too many to be classes, but a loss that says classes still decides: say so with fractions in them.
        for (int i = 0; i <= TableColumn.MAX_DISTINCT; i++) {
            values.add(i + 0.5);
        }
        return values;
    }

    /** The stripped, non-blank values of a column in category order; a blank value is an error. */
    private List<String> distinctValues(int c) {
        TableColumn column = table.column(c);
        String name = table.header().get(c);
        if (!column.hasTexts()) {
            throw DataException.atCell(source, 0, c + 1, name, "has more than " + TableColumn.MAX_DISTINCT
                    + " distinct values, too many for classes or categories; read it as numbers");
        }
        if (column.distinct().contains("")) {
            for (int r = 0; r < table.size(); r++) {
                if (column.text(r).isEmpty()) {
                    throw DataException.atCell(source, table.line(r), c + 1, name, "missing value");
                }
            }
        }
        return TableEncoder.sorted(new HashSet<>(column.distinct()));
    }

    private double[] targetValues(int c, Target target) {
        TableColumn column = table.column(c);
        double[] values = new double[table.size()];
        if (!target.isClassification()) {
            requireNumbers(c);
            for (int r = 0; r < values.length; r++) {
                values[r] = column.number(r);
            }
            return values;
        }
        int[] classOfCode = indexOf(column.distinct(), target.classNames());
        for (int r = 0; r < values.length; r++) {
            values[r] = classOfCode[column.code(r)];
        }
        return values;
    }

    private float[] features(List<FeatureColumn> columns, List<Integer> positions, int width) {
        long cells = (long) table.size() * width;
        if (cells > Integer.MAX_VALUE - 16) {
            throw DataException.in(source, "has " + table.size() + " rows of " + width
                    + " inputs, more values than one table can hold; use fewer rows");
        }
        float[] out = new float[(int) cells];
        int offset = 0;
        for (int i = 0; i < columns.size(); i++) {
            int c = positions.get(i);
            TableColumn column = table.column(c);
            switch (columns.get(i)) {
                case FeatureColumn.Numeric n -> {
                    requireNumbers(c);
                    for (int r = 0; r < table.size(); r++) {
                        out[r * width + offset] = column.number(r);
                    }
                }
                case FeatureColumn.Categorical cat -> {
                    int[] categoryOfCode = indexOf(column.distinct(), cat.categories());
                    for (int r = 0; r < table.size(); r++) {
                        out[r * width + offset + categoryOfCode[column.code(r)]] = 1;
                    }
                }
            }
            offset += columns.get(i).width();
        }
        return out;
    }

    /** @throws DataException at the first value of the column that is not a number */
    private void requireNumbers(int c) {
        TableColumn column = table.column(c);
        int row = column.firstNonNumber();
        if (row >= 0) {
            String v = column.firstNonNumberText();
            throw DataException.atCell(source, table.line(row), c + 1, table.header().get(c),
                    v.isEmpty() ? "missing value; this column needs a number" : "\"" + v + "\" is not a number");
        }
    }

    /** For each distinct text, its position in {@code order}. */
    private static int[] indexOf(List<String> distinct, List<String> order) {
        int[] out = new int[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = order.indexOf(distinct.get(i));
        }
        return out;
    }

    private static int width(List<FeatureColumn> columns) {
        return columns.stream().mapToInt(FeatureColumn::width).sum();
    }
}

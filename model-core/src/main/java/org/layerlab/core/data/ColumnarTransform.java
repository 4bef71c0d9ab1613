package org.layerlab.core.data;

import java.util.List;

/**
 * {@link Preprocessing#transform(ColumnarTable)}: a table read by columns into the model's standardised
 * float32 inputs, each value checked as {@link FeatureColumn#encode} checks it; the error names the line and
 * column of the first bad value, row by row as a reader meets them.
 */
final class ColumnarTransform {
    private final Preprocessing preprocessing;
    private final ColumnarTable table;
    private final int[] positions;

    private ColumnarTransform(Preprocessing preprocessing, ColumnarTable table) {
        this.preprocessing = preprocessing;
        this.table = table;
        List<FeatureColumn> columns = preprocessing.columns();
        this.positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = table.columnIndex(columns.get(i).name());
            if (positions[i] < 0) {
                throw DataException.in(table.source(), "has no column \"" + columns.get(i).name() + "\"; the model needs "
                        + String.join(", ", preprocessing.columnNames()));
            }
        }
    }

    static float[] transform(Preprocessing preprocessing, ColumnarTable table) {
        return new ColumnarTransform(preprocessing, table).transform();
    }

    private float[] transform() {
        int width = preprocessing.width();
        long cells = (long) table.size() * width;
        if (cells > Integer.MAX_VALUE - 16) {
            throw DataException.in(table.source(), "has " + table.size() + " rows of " + width
                    + " inputs, more values than one table can hold; use fewer rows");
        }
        requireAllValid();
        float[] out = new float[(int) cells];
        int offset = 0;
        List<FeatureColumn> columns = preprocessing.columns();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn column = table.column(positions[i]);
            switch (columns.get(i)) {
                case FeatureColumn.Numeric n -> {
                    for (int r = 0; r < table.size(); r++) {
                        out[r * width + offset] = column.number(r);
                    }
                }
                case FeatureColumn.Categorical c -> {
                    int[] categoryOfCode = categoryOfCode(column, c);
                    for (int r = 0; r < table.size(); r++) {
                        out[r * width + offset + categoryOfCode[column.code(r)]] = 1;
                    }
                }
            }
            offset += columns.get(i).width();
        }
        return preprocessing.standardization().scaled(out);
    }

    /** @throws DataException for the bad value on the earliest line, worded by its column's own check */
    private void requireAllValid() {
        List<FeatureColumn> columns = preprocessing.columns();
        int worstRow = Integer.MAX_VALUE;
        int worst = -1;
        for (int i = 0; i < columns.size(); i++) {
            int row = firstBadRow(columns.get(i), table.column(positions[i]));
            if (row >= 0 && row < worstRow) {
                worstRow = row;
                worst = i;
            }
        }
        if (worst >= 0) {
            TableColumn column = table.column(positions[worst]);
            FeatureColumn c = columns.get(worst);
            String text = c instanceof FeatureColumn.Numeric ? column.firstNonNumberText() : column.text(worstRow);
            c.encode(text, new double[c.width()], 0, table.source(), table.line(worstRow), positions[worst] + 1);
        }
    }

    private int firstBadRow(FeatureColumn c, TableColumn column) {
        if (c instanceof FeatureColumn.Numeric) {
            return column.firstNonNumber();
        }
        FeatureColumn.Categorical categorical = (FeatureColumn.Categorical) c;
        if (!column.hasTexts()) {
            throw DataException.atCell(table.source(), 0, table.columnIndex(c.name()) + 1, c.name(), "has more than "
                    + TableColumn.MAX_DISTINCT + " distinct values; the model knows " + categorical.categories().size()
                    + " categories: " + String.join(", ", categorical.categories()));
        }
        int[] categoryOfCode = categoryOfCode(column, categorical);
        for (int r = 0; r < table.size(); r++) {
            if (categoryOfCode[column.code(r)] < 0) {
                return r;
            }
        }
        return -1;
    }

    private static int[] categoryOfCode(TableColumn column, FeatureColumn.Categorical c) {
        List<String> distinct = column.distinct();
        int[] out = new int[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.categories().indexOf(distinct.get(i));
        }
        return out;
    }
}

package org.layerlab.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.CsvTable;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.data.Target;

/** The rows {@code predict} feeds the model, made from a CSV table. */
final class ModelInputs {
    private ModelInputs() {
    }

    /** Through a trained project's preprocessing: its columns by header name, encoded and standardised as in training. */
    static double[][] preprocessed(Preprocessing preprocessing, CsvTable table) {
        return rows(preprocessing.transform(table), table.size(), preprocessing.width());
    }

    /**
     * For a model without preprocessing: the table's numeric columns in order, as they are. A column is
     * numeric when it has values and every one is a number, so a blank cell neither hides a column nor
     * shifts the inputs: it is an error naming its line and column.
     *
     * @throws DataException when the number of numeric columns is not the model's input width, or a
     *     numeric column has a blank cell
     */
    static double[][] numericColumns(CsvTable table, int width, Messages messages) {
        if (table.size() == 0) {
            return new double[0][];
        }
        List<FeatureColumn> numeric = new ArrayList<>();
        for (String name : table.header()) {
            if (isNumber(table, name)) {
                numeric.add(new FeatureColumn.Numeric(name));
            }
        }
        if (numeric.size() != width) {
            List<String> names = numeric.stream().map(FeatureColumn::name).toList();
            throw DataException.in(table.source(), messages.text("predict.numericColumns",
                    Integer.toString(numeric.size()), String.join(", ", names), Integer.toString(width)));
        }
        Preprocessing asIs = new Preprocessing(numeric, Standardization.identity(width), Target.regression(""));
        return preprocessed(asIs, table);
    }

    private static boolean isNumber(CsvTable table, String column) {
        int index = table.columnIndex(column);
        FeatureColumn.Numeric asNumber = new FeatureColumn.Numeric(column);
        double[] parsed = new double[1];
        boolean filled = false;
        for (CsvTable.Record r : table.records()) {
            String value = r.value(index);
            if (value.isBlank()) {
                continue;
            }
            try {
                asNumber.encode(value, parsed, 0, table.source(), r.line(), index + 1);
            } catch (DataException notANumber) {
                return false;
            }
            filled = true;
        }
        return filled;
    }

    private static double[][] rows(double[] flat, int count, int width) {
        double[][] rows = new double[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = new double[width];
            System.arraycopy(flat, r * width, rows[r], 0, width);
        }
        return rows;
    }
}

package org.layerlab.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.ColumnarTable;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.FeatureColumn;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Standardization;
import org.layerlab.core.data.Target;

/**
 * The inputs {@code predict} feeds the model, made from a table read by columns: float32, row-major, one
 * row of the model's input width per table row.
 */
final class ModelInputs {
    private ModelInputs() {
    }

    /** Through a trained project's preprocessing: its columns by header name, encoded and standardised as in training. */
    static float[] preprocessed(Preprocessing preprocessing, ColumnarTable table) {
        return preprocessing.transform(table);
    }

    /**
     * For a model without preprocessing: the table's numeric columns in order, as they are. A column is
     * numeric when it has values and every one is a number, so a blank cell neither hides a column nor
     * shifts the inputs: it is an error naming its line and column.
     *
     * @throws DataException when the number of numeric columns is not the model's input width, or a
     *     numeric column has a blank cell
     */
    static float[] numericColumns(ColumnarTable table, int width, Messages messages) {
        if (table.size() == 0) {
            return new float[0];
        }
        List<FeatureColumn> numeric = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            if (Preprocessing.isNumeric(table, c)) {
                numeric.add(new FeatureColumn.Numeric(table.header().get(c)));
            }
        }
        if (numeric.size() != width) {
            List<String> names = numeric.stream().map(FeatureColumn::name).toList();
            throw DataException.in(table.source(), messages.text("predict.numericColumns",
                    Integer.toString(numeric.size()), String.join(", ", names), Integer.toString(width)));
        }
        return new Preprocessing(numeric, Standardization.identity(width), Target.regression("")).transform(table);
    }

    /** Rows {@code from} to {@code to - 1} of row-major {@code inputs}, as the predictor takes them. */
    static double[][] rows(float[] inputs, int width, int from, int to) {
        double[][] rows = new double[to - from][width];
        for (int r = from; r < to; r++) {
            for (int i = 0; i < width; i++) {
                rows[r - from][i] = inputs[r * width + i];
            }
        }
        return rows;
    }
}

package org.layerlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerlab.core.config.Config;

/**
 * Everything learned from the training data that turns raw CSV values into model inputs and model
 * outputs back into answers: which columns are used and how (number or one-hot category), the
 * standardisation, and the target with its class names. It is saved in the project so that
 * {@code predict} applies exactly what training applied.
 */
public final class Preprocessing {
    private final List<FeatureColumn> columns;
    private final Standardization standardization;
    private final Target target;
    private final List<String> featureNames;

    public Preprocessing(List<FeatureColumn> columns, Standardization standardization, Target target) {
        this.columns = List.copyOf(columns);
        this.standardization = Objects.requireNonNull(standardization, "standardization");
        this.target = Objects.requireNonNull(target, "target");
        List<String> names = new ArrayList<>();
        for (FeatureColumn c : this.columns) {
            if (c.name().equals(target.name())) {
                throw new IllegalArgumentException("column " + c.name() + " is both a feature and the target");
            }
            names.addAll(c.featureNames());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("preprocessing needs at least one feature column");
        }
        if (standardization.width() != names.size()) {
            throw new IllegalArgumentException("standardization covers " + standardization.width() + " features, the columns give "
                    + names.size());
        }
        this.featureNames = List.copyOf(names);
    }

    /** Numeric columns named like the data set's features, without scaling (for generated data). */
    public static Preprocessing numeric(Dataset data) {
        List<FeatureColumn> cols = new ArrayList<>();
        for (String name : data.featureNames()) {
            cols.add(new FeatureColumn.Numeric(name));
        }
        return new Preprocessing(cols, Standardization.identity(data.width()), data.target());
    }

    /** Reads what {@link #toConfig()} wrote; errors name the field. */
    public static Preprocessing fromConfig(Config config) {
        return PreprocessingConfig.read(config);
    }

    /** A JSON-like form for the project file. */
    public Config toConfig() {
        return PreprocessingConfig.write(this);
    }

    public List<FeatureColumn> columns() {
        return columns;
    }

    public Standardization standardization() {
        return standardization;
    }

    public Target target() {
        return target;
    }

    /** The model's input features, in order (categories as {@code column=category}). */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Number of model inputs. */
    public int width() {
        return featureNames.size();
    }

    /** True for each model input that comes from a numeric column (the ones worth standardising). */
    public boolean[] numericFeatures() {
        boolean[] numeric = new boolean[featureNames.size()];
        int i = 0;
        for (FeatureColumn c : columns) {
            for (int k = 0; k < c.width(); k++) {
                numeric[i++] = c instanceof FeatureColumn.Numeric;
            }
        }
        return numeric;
    }

    /** The same encoding with another standardisation. */
    public Preprocessing withStandardization(Standardization s) {
        return new Preprocessing(columns, s, target);
    }

    /**
     * One row of raw values by column name into standardised model inputs. Columns the model does not
     * use, the target among them, are ignored.
     *
     * @throws DataException naming {@code source}, {@code line} and the column for a missing,
     *     unparseable or unknown value
     */
    public double[] transform(Map<String, String> row, String source, int line) {
        double[] out = new double[width()];
        int offset = 0;
        for (FeatureColumn c : columns) {
            if (!row.containsKey(c.name())) {
                throw DataException.atCell(source, line, 0, c.name(), "the column is missing; the model needs it");
            }
            c.encode(row.get(c.name()), out, offset, source, line, 0);
            offset += c.width();
        }
        standardization.applyInPlace(out);
        return out;
    }

    /**
     * Every record of a table into standardised model inputs, row-major ({@code table.size() x width()}).
     *
     * @throws DataException naming the table's source, line and column for the first bad value, or
     *     a column the model needs that the header lacks
     */
    public double[] transform(CsvTable table) {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = table.columnIndex(columns.get(i).name());
            if (positions[i] < 0) {
                throw DataException.in(table.source(), "has no column \"" + columns.get(i).name()
                        + "\"; the model needs " + String.join(", ", columnNames()));
            }
        }
        int w = width();
        double[] out = new double[table.size() * w];
        for (int r = 0; r < table.size(); r++) {
            CsvTable.Record rec = table.records().get(r);
            int offset = r * w;
            for (int i = 0; i < columns.size(); i++) {
                FeatureColumn c = columns.get(i);
                c.encode(rec.value(positions[i]), out, offset, table.source(), rec.line(), positions[i] + 1);
                offset += c.width();
            }
        }
        standardization.applyInPlace(out);
        return out;
    }

    /** The raw CSV columns the model reads. */
    public List<String> columnNames() {
        return columns.stream().map(FeatureColumn::name).toList();
    }

    /** One model output row as a class or value; see {@link Target#decode}. */
    public Prediction decode(double[] output) {
        return target.decode(output);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p && columns.equals(p.columns) && standardization.equals(p.standardization)
                && target.equals(p.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, standardization, target);
    }

    @Override
    public String toString() {
        return "Preprocessing[" + featureNames + " -> " + target + "]";
    }
}

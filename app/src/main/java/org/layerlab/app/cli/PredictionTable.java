package org.layerlab.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerlab.core.data.Preprocessing;
import org.layerlab.core.data.Target;
import org.layerlab.core.data.TargetKind;

/**
 * The CSV {@code predict} writes: one row of model outputs per input row. A classifier's columns are
 * named after its classes ({@code p_setosa}) and followed by the {@code predicted} class; a predicted value
 * is named after its target column; other outputs are {@code output_0}, {@code output_1}, ...
 */
final class PredictionTable {
    static final String CLASS_PREFIX = "p_";
    static final String OUTPUT_PREFIX = "output_";
    static final String PREDICTED = "predicted";

    private final Optional<Target> classes;
    private final Optional<String> valueName;
    private final int width;

    /**
     * @param preprocessing the trained project's, whose target names the classes; empty for a bare model
     * @param width the values in one output row of the model, which the header names even without rows
     */
    PredictionTable(Optional<Preprocessing> preprocessing, int width) {
        this.classes = preprocessing.map(Preprocessing::target).filter(Target::isClassification);
        // One value predicted for a target column is named after it.
        this.valueName = preprocessing.map(Preprocessing::target).filter(t -> !t.isClassification() && width == 1)
                .map(Target::name);
        this.width = width;
    }

    void writeHeader(Writer out) throws IOException {
        out.write(CsvRow.of(header()));
    }

    /** One line per output row, after {@link #writeHeader}. */
    void writeRows(double[][] outputs, Writer out) throws IOException {
        for (double[] row : outputs) {
            List<String> cells = new ArrayList<>(row.length + 1);
            for (double v : row) {
                // The model computes in float32; more digits would be noise.
                cells.add(Float.toString((float) v));
            }
            classes.ifPresent(t -> cells.add(t.decode(row).text()));
            out.write(CsvRow.of(cells));
        }
        out.flush();
    }

    private List<String> header() {
        List<String> names = new ArrayList<>(width + 1);
        List<String> classNames = classes.map(Target::classNames).orElse(List.of());
        boolean onePerClass = width == classNames.size();
        // A binary classifier with one sigmoid unit gives the probability of class 1.
        boolean positiveOnly = width == 1 && classes.map(t -> t.kind() == TargetKind.BINARY).orElse(false);
        for (int i = 0; i < width; i++) {
            names.add(onePerClass ? CLASS_PREFIX + classNames.get(i)
                    : positiveOnly ? CLASS_PREFIX + classNames.get(1) : valueName.orElse(OUTPUT_PREFIX + i));
        }
        if (classes.isPresent()) {
            names.add(PREDICTED);
        }
        return names;
    }
}

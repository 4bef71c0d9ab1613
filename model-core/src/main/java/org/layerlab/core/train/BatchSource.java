package org.layerlab.core.train;

import java.util.Arrays;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.Dataset;
import org.layerlab.core.data.Target;
import org.layerlab.core.data.TargetKind;
import org.layerlab.core.shape.Shape;

/**
 * A data set's rows as a model takes them: features in the input's shape, and targets encoded for
 * the loss and the output (class indices for sparse categorical cross-entropy, one-hot rows for an
 * output with one unit per class, else one value per row).
 */
final class BatchSource {
    /** The rows themselves: a batch copies its rows out of the data set, never the whole table. */
    private final Dataset features;
    private final long[] featureDims;
    private final int featureWidth;
    private final double[] labels;
    private final long[] labelDims;
    private final int labelWidth;
    private final int rows;

    private BatchSource(Dataset features, long[] featureDims, double[] labels, long[] labelDims, int rows) {
        this.features = features;
        this.featureDims = featureDims;
        this.featureWidth = (int) product(featureDims);
        this.labels = labels;
        this.labelDims = labelDims;
        this.labelWidth = (int) product(labelDims);
        this.rows = rows;
    }

    /**
     * @throws DataException naming the data set when its features or targets do not fit the model
     */
    static BatchSource of(Dataset data, Loss loss, Shape inputShape, Shape outputShape) {
        long[] featureDims = featureDims(data, inputShape);
        if (outputShape.rank() != 2) {
            throw DataException.in(data.name(), "the model's output " + outputShape + " has more than one axis per "
                    + "sample; training takes one target value or class per row");
        }
        int outputs = (int) outputShape.dim(1);
        Target target = data.target();
        if (loss instanceof SparseCategoricalCrossentropy) {
            if (!target.isClassification()) {
                throw DataException.in(data.name(), "target \"" + target.name() + "\" holds numbers, but loss "
                        + loss.name() + " needs classes");
            }
            requireClasses(data, outputs);
            return new BatchSource(data, featureDims, data.targets(), new long[0], data.size());
        }
        if (target.isClassification() && outputs > 1) {
            requireClasses(data, outputs);
            return new BatchSource(data, featureDims, data.oneHotTargets(), new long[] {outputs}, data.size());
        }
        if (outputs != 1 || target.kind() == TargetKind.MULTICLASS) {
            throw DataException.in(data.name(), "the model gives " + outputs + " output(s) per sample but target \""
                    + target.name() + "\" needs " + target.outputWidth() + "; " + fix(target, outputs));
        }
        return new BatchSource(data, featureDims, data.targets(), new long[] {1}, data.size());
    }

    private static long[] featureDims(Dataset data, Shape inputShape) {
        long[] dims = Arrays.copyOfRange(inputShape.toArray(), 1, inputShape.rank());
        long known = 1;
        int unknownAxis = -1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == Shape.UNKNOWN && unknownAxis < 0) {
                unknownAxis = i;
            } else {
                known *= dims[i];
            }
        }
        if (unknownAxis >= 0 && known > 0 && data.width() % known == 0) {
            dims[unknownAxis] = data.width() / known;
            known = data.width();
        }
        if (known != data.width()) {
            throw DataException.in(data.name(), "rows have " + data.width() + " features, but the model's input takes "
                    + inputShape + "; set the InputLayer's batch_shape to [null, " + data.width() + "]");
        }
        return dims;
    }

    /** The change that fits: a values target may be class labels the model scores one unit each. */
    private static String fix(Target target, int outputs) {
        if (target.kind() == TargetKind.REGRESSION && outputs > 1) {
            return "give the last layer 1 unit to predict a value, or, if the values are class labels, read the"
                    + " target as classes (a softmax output of " + outputs + " units with a cross-entropy loss)";
        }
        return "give the last layer " + target.outputWidth() + " unit(s)";
    }

    private static void requireClasses(Dataset data, int outputs) {
        int classes = data.target().classCount();
        if (outputs != classes) {
            throw DataException.in(data.name(), "target \"" + data.target().name() + "\" has " + classes
                    + " classes, but the model gives " + outputs + " outputs per sample; give the last layer "
                    + classes + " units");
        }
    }

    private static long product(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    /** The labels' shape, with the batch size unknown. */
    long[] labelShape() {
        return withBatch(-1, labelDims);
    }

    int size() {
        return rows;
    }

    /** Batches per pass over the rows, the last one possibly smaller, as Keras does. */
    int batchCount(int batchSize) {
        return (rows + batchSize - 1) / batchSize;
    }

    /** The rows {@code order[from]} to {@code order[to - 1]}. */
    Batch batch(int[] order, int from, int to) {
        int n = to - from;
        double[] x = new double[n * featureWidth];
        double[] y = new double[n * labelWidth];
        for (int i = 0; i < n; i++) {
            int row = order[from + i];
            features.copyRow(row, x, i * featureWidth);
            System.arraycopy(labels, row * labelWidth, y, i * labelWidth, labelWidth);
        }
        return new Batch(x, withBatch(n, featureDims), y, withBatch(n, labelDims));
    }

    private static long[] withBatch(int n, long[] dims) {
        long[] shape = new long[dims.length + 1];
        shape[0] = n;
        System.arraycopy(dims, 0, shape, 1, dims.length);
        return shape;
    }
}

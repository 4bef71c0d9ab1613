package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdOps;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Runs a model forward in inference mode (Dropout off) on ND4J, in chunks so that a large input file
 * does not need one huge activation array. Weights without values are an error: initialise or load them
 * first, so that a prediction never silently comes from random weights. Not thread-safe: use one
 * predictor per thread.
 */
public final class Predictor {
    private static final int CHUNK_ROWS = 4096;

    private final GraphModel model;
    private final Ops ops = new NdOps();
    private final long[] sampleShape;
    private final int sampleSize;

    public Predictor(GraphModel model) {
        this.model = model;
        for (var w : model.weights()) {
            if (!w.isInitialized()) {
                throw new IllegalStateException("weight \"" + w.path() + "\" has no values; load or initialise the model's weights first");
            }
        }
        Shape input = model.inputShape();
        long[] dims = new long[input.rank() - 1];
        long size = 1;
        for (int axis = 1; axis < input.rank(); axis++) {
            if (!input.isKnown(axis)) {
                throw new IllegalArgumentException("the model's input shape " + input + " must be known except for the batch");
            }
            dims[axis - 1] = input.dim(axis);
            size *= input.dim(axis);
        }
        this.sampleShape = dims;
        this.sampleSize = Math.toIntExact(size);
    }

    /** The number of values one input row must have. */
    public int inputWidth() {
        return sampleSize;
    }

    /**
     * The model's outputs, one row per input row, each flattened row-major.
     *
     * @throws IllegalArgumentException naming the row whose width does not fit the input
     */
    public double[][] predict(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int start = 0; start < rows.length; start += CHUNK_ROWS) {
            int n = Math.min(CHUNK_ROWS, rows.length - start);
            double[] flat = new double[n * sampleSize];
            for (int r = 0; r < n; r++) {
                double[] row = rows[start + r];
                if (row.length != sampleSize) {
                    throw new IllegalArgumentException("row " + (start + r + 1) + " has " + row.length
                            + " values, the model's input " + model.inputShape() + " takes " + sampleSize);
                }
                System.arraycopy(row, 0, flat, r * sampleSize, sampleSize);
            }
            long[] shape = new long[sampleShape.length + 1];
            shape[0] = n;
            System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
            Tensor x = ops.constant(flat, shape, model.inputDtype());
            Tensor y = model.forward(x, CallContext.inference(ops), new ArrayList<>());
            double[] values = ops.values(y);
            int width = values.length / n;
            for (int r = 0; r < n; r++) {
                out[start + r] = Arrays.copyOfRange(values, r * width, (r + 1) * width);
            }
        }
        return out;
    }
}

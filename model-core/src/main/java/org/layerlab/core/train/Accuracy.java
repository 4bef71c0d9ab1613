package org.layerlab.core.train;

import java.util.List;
import java.util.Locale;
import org.layerlab.core.shape.Shape;

/**
 * The accuracy metrics, and Keras's choice among them for {@code "accuracy"}: binary accuracy
 * (threshold 0.5) for one output unit or a binary cross-entropy loss, sparse categorical accuracy
 * when the labels have one axis less than the output or a last axis of 1, categorical accuracy
 * otherwise.
 */
public final class Accuracy implements Metric {
    /** How a prediction is compared with its label. */
    public enum Kind { BINARY, CATEGORICAL, SPARSE_CATEGORICAL }

    /** The metric names that mean accuracy. */
    public static final List<String> NAMES = List.of("accuracy", "acc");

    static final double THRESHOLD = 0.5;

    private final String name;
    private final Kind kind;
    private final StreamingMean mean = new StreamingMean();

    public Accuracy(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** Keras's resolution of {@code "accuracy"} or {@code "acc"} for a loss and the label and output shapes. */
    public static Accuracy resolve(String name, Loss loss, long[] labelShape, long[] outputShape) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(n)) {
            throw new IllegalArgumentException("unknown metric \"" + name + "\"; known: accuracy");
        }
        long outputLast = outputShape[outputShape.length - 1];
        long labelLast = labelShape.length == 0 ? 1 : labelShape[labelShape.length - 1];
        Kind kind;
        if (outputLast == 1 || loss instanceof BinaryCrossentropy) {
            kind = Kind.BINARY;
        } else if (labelShape.length < outputShape.length || labelLast == 1) {
            kind = Kind.SPARSE_CATEGORICAL;
        } else {
            kind = Kind.CATEGORICAL;
        }
        return new Accuracy(name, kind);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void update(double[] yTrue, long[] trueShape, double[] yPred, long[] predShape) {
        int width = (int) predShape[predShape.length - 1];
        int rows = width == 0 ? 0 : yPred.length / width;
        double correct = 0;
        long count;
        switch (kind) {
            case BINARY -> {
                requireSize(yTrue.length, yPred.length, trueShape, predShape);
                for (int i = 0; i < yPred.length; i++) {
                    double predicted = yPred[i] > THRESHOLD ? 1 : 0;
                    correct += predicted == yTrue[i] ? 1 : 0;
                }
                count = rows;
                correct /= width;
            }
            case CATEGORICAL -> {
                requireSize(yTrue.length, yPred.length, trueShape, predShape);
                for (int r = 0; r < rows; r++) {
                    correct += argmax(yTrue, r * width, width) == argmax(yPred, r * width, width) ? 1 : 0;
                }
                count = rows;
            }
            default -> {
                requireSize(yTrue.length, rows, trueShape, predShape);
                for (int r = 0; r < rows; r++) {
                    correct += yTrue[r] == argmax(yPred, r * width, width) ? 1 : 0;
                }
                count = rows;
            }
        }
        mean.add(correct, count);
    }

    private void requireSize(int labels, int expected, long[] trueShape, long[] predShape) {
        if (labels != expected) {
            throw new IllegalArgumentException("metric " + name + ": labels of shape " + Shape.ofDims(trueShape)
                    + " do not match the model output of shape " + Shape.ofDims(predShape));
        }
    }

    /** The index of the first largest value, as NumPy's argmax. */
    private static int argmax(double[] v, int offset, int width) {
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (v[offset + i] > v[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public double result() {
        return mean.result();
    }

    @Override
    public void reset() {
        mean.reset();
    }
}

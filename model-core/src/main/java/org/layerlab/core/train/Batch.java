package org.layerlab.core.train;

import org.layerlab.core.shape.Shape;

/** A batch of features and labels, row-major with their shapes, batch dimension first. */
public record Batch(double[] features, long[] featureShape, double[] labels, long[] labelShape) {
    public Batch {
        check("features", features, featureShape);
        check("labels", labels, labelShape);
        if (featureShape.length == 0 || labelShape.length == 0 || featureShape[0] != labelShape[0]) {
            throw new IllegalArgumentException("a batch needs as many labels as samples, got features of shape "
                    + Shape.ofDims(featureShape) + " and labels of shape " + Shape.ofDims(labelShape));
        }
    }

    private static void check(String what, double[] values, long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException(what + " of shape " + Shape.ofDims(shape) + " need " + n
                    + " values, got " + values.length);
        }
    }

    public int size() {
        return (int) featureShape[0];
    }
}

package org.layerlab.core.train;

import java.util.Arrays;
import java.util.Objects;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An immutable copy of one weight's values, row-major, with the node and the names that place it,
 * for heatmaps, histograms and for taking trained weights back into the edited graph.
 */
public final class WeightValues {
    private final NodeId node;
    private final String layer;
    private final String name;
    private final Shape shape;
    private final DType dtype;
    private final double[] values;

    /** Takes ownership of {@code values}, which nobody else may hold. */
    WeightValues(NodeId node, Weight weight, double[] values) {
        if (values.length != weight.size()) {
            throw new IllegalArgumentException("weight " + weight.path() + " has " + weight.size() + " values, got "
                    + values.length);
        }
        this.node = Objects.requireNonNull(node, "node");
        this.layer = weight.layerName();
        this.name = weight.name();
        this.shape = weight.shape();
        this.dtype = weight.dtype();
        this.values = values;
    }

    static double[] read(INDArray value) {
        return value.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    public NodeId node() {
        return node;
    }

    /** The layer's name when the copy was made. */
    public String layer() {
        return layer;
    }

    /** The weight's own name, for example {@code kernel}. */
    public String name() {
        return name;
    }

    /** {@code layer/name}, as Keras names weights. */
    public String path() {
        return layer + "/" + name;
    }

    public Shape shape() {
        return shape;
    }

    public DType dtype() {
        return dtype;
    }

    public int size() {
        return values.length;
    }

    /** One value, by row-major index. */
    public double value(int index) {
        return values[index];
    }

    /** A copy of all values, row-major. */
    public double[] values() {
        return values.clone();
    }

    /** Whether every value is a finite number. */
    public boolean allFinite() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightValues w && node.equals(w.node) && layer.equals(w.layer) && name.equals(w.name)
                && shape.equals(w.shape) && dtype == w.dtype && Arrays.equals(values, w.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, layer, name, shape, dtype, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return path() + " " + shape + " " + dtype.kerasName();
    }
}

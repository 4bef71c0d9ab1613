package org.layerlab.core.layer;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;
import org.layerlab.core.function.Constraint;
import org.layerlab.core.function.Initializer;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.NdDataTypes;
import org.layerlab.core.tensor.Variable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A weight a layer created in {@code build} through {@link Layer#addWeight}. Its shape is known
 * at once, but its values are only allocated when first needed, so that shape inference and
 * {@code validate} never touch ND4J.
 */
public final class Weight implements Variable {
    private final String layerName;
    private final String name;
    private final Shape shape;
    private final DType dtype;
    private final Initializer initializer;
    private final Regularizer regularizer;
    private final Constraint constraint;
    private final boolean trainable;
    private INDArray value;

    Weight(String layerName, String name, Shape shape, DType dtype, Initializer initializer,
            Regularizer regularizer, Constraint constraint, boolean trainable) {
        if (!shape.isFullyKnown()) {
            throw new IllegalArgumentException("weight \"" + name + "\" of layer \"" + layerName
                    + "\" needs a fully known shape, got " + shape);
        }
        this.layerName = layerName;
        this.name = name;
        this.shape = shape;
        this.dtype = dtype;
        this.initializer = initializer;
        this.regularizer = regularizer;
        this.constraint = constraint;
        this.trainable = trainable;
    }

    /** The weight's own name, for example {@code kernel}. */
    public String name() {
        return name;
    }

    /** {@code layer/name}, as Keras names weights in saved files. */
    @Override
    public String path() {
        return layerName + "/" + name;
    }

    public String layerName() {
        return layerName;
    }

    @Override
    public Shape shape() {
        return shape;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    public Initializer initializer() {
        return initializer;
    }

    /** The regularizer, or {@code null}. */
    public Regularizer regularizer() {
        return regularizer;
    }

    /** The constraint, or {@code null}. */
    public Constraint constraint() {
        return constraint;
    }

    public boolean isTrainable() {
        return trainable;
    }

    @Override
    public long size() {
        return shape.size();
    }

    public boolean isInitialized() {
        return value != null;
    }

    /** Sets the values from the initializer, drawing from {@code rng} unless the initializer is seeded. */
    public void initialize(RandomGenerator rng) {
        double[] data;
        try {
            data = initializer.generate(shape.toArray(), dtype, rng);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weight \"" + path() + "\": " + e.getMessage(), e);
        }
        value = Nd4j.create(data, shape.toArray(), NdDataTypes.toNd4j(dtype));
    }

    /** The current values, initialising them from a fresh random source on first use. */
    @Override
    public INDArray value() {
        if (value == null) {
            initialize(new SplittableRandom());
        }
        return value;
    }

    /** Replaces the values; the shape must match. */
    @Override
    public void assign(INDArray newValue) {
        if (!Arrays.equals(newValue.shape(), shape.toArray())) {
            throw new IllegalArgumentException("weight \"" + path() + "\" has shape " + shape
                    + " but was given values of shape " + Shape.ofDims(newValue.shape()));
        }
        org.nd4j.linalg.api.buffer.DataType t = NdDataTypes.toNd4j(dtype);
        value = newValue.dataType() == t ? newValue.dup() : newValue.castTo(t);
    }

    @Override
    public String toString() {
        return path() + " " + shape + " " + dtype;
    }
}

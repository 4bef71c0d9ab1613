package org.layerlab.core.layer.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.InputSpec;
import org.layerlab.core.shape.Shape;

/**
 * Keras's {@code _Merge}: a layer that combines two or more inputs. Once built, it holds each input to its
 * rank; the batch sizes must agree. A subclass gives the output shape of the inputs (checking them) and the
 * computation.
 */
public abstract class Merge extends Layer {

    protected Merge(LayerType type, Config config) {
        super(type, config);
    }

    @Override
    public boolean supportsMasking() {
        return true;
    }

    @Override
    protected final void build(Shape inputShape) {
        build(List.of(inputShape));
    }

    @Override
    public final Shape computeOutputShape(Shape inputShape) {
        return computeOutputShape(List.of(inputShape));
    }

    @Override
    protected final void build(List<Shape> inputShapes) {
        computeOutputShape(inputShapes);
        List<InputSpec> specs = new ArrayList<>();
        for (Shape s : inputShapes) {
            specs.add(InputSpec.builder().ndim(s.rank()).build());
        }
        setInputSpec(specs.toArray(InputSpec[]::new));
    }

    @Override
    public abstract Shape computeOutputShape(List<Shape> inputShapes);

    /**
     * The batch size all inputs share, {@link Shape#UNKNOWN} when none is known, after Keras's checks of
     * a merge's inputs (at least two, each with a batch axis, equal known batch sizes).
     */
    static long commonBatch(List<Shape> inputShapes) {
        if (inputShapes.size() < 2) {
            throw new IllegalArgumentException("A merge layer should be called on a list of at least 2 inputs. Got "
                    + inputShapes.size() + " inputs.");
        }
        Set<Long> batchSizes = new HashSet<>();
        for (Shape s : inputShapes) {
            if (s.rank() == 0) {
                throw new IllegalArgumentException("A merge layer should be called on a list of inputs with a batch"
                        + " axis. Received: input_shape=" + inputShapes);
            }
            if (s.isKnown(0)) {
                batchSizes.add(s.dim(0));
            }
        }
        if (batchSizes.size() > 1) {
            throw new IllegalArgumentException("Cannot merge tensors with different batch sizes. Got tensors with shapes "
                    + inputShapes);
        }
        return batchSizes.isEmpty() ? Shape.UNKNOWN : batchSizes.iterator().next();
    }
}

package org.layerlab.core.layer.merge;

import java.util.Arrays;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * A {@link Merge} combining two or more inputs element by element. Shapes combine as
 * Keras's merge layers combine them: the batch sizes must agree, the other axes align from the right, a
 * size of 1 stretches to the other size, and an input of lower rank gains axes of size 1 after its batch
 * axis. A subclass gives the operation on two tensors, folded over the inputs from the left.
 */
public abstract class ElementwiseMerge extends Merge {

    protected ElementwiseMerge(LayerType type, Config config) {
        super(type, config);
    }

    /** The operation on two aligned inputs. */
    protected abstract Tensor merge(Tensor a, Tensor b, Ops ops);

    /** The result of the folded operation on all {@code count} inputs; unchanged by default. */
    protected Tensor finish(Tensor merged, int count, Ops ops) {
        return merged;
    }

    @Override
    public Shape computeOutputShape(List<Shape> inputShapes) {
        long batch = commonBatch(inputShapes);
        Shape out = inputShapes.get(0).withoutBatch();
        for (int i = 1; i < inputShapes.size(); i++) {
            out = elementwise(out, inputShapes.get(i).withoutBatch());
        }
        long[] dims = new long[out.rank() + 1];
        dims[0] = batch;
        System.arraycopy(out.toArray(), 0, dims, 1, out.rank());
        return Shape.ofDims(dims);
    }

    /** Keras's {@code _compute_elemwise_op_output_shape}: axes aligned from the right, 1 stretching. */
    private static Shape elementwise(Shape a, Shape b) {
        Shape longer = a.rank() >= b.rank() ? a : b;
        Shape shorter = longer == a ? b : a;
        int offset = longer.rank() - shorter.rank();
        long[] out = longer.toArray();
        for (int k = 0; k < shorter.rank(); k++) {
            long i = longer.dim(offset + k);
            long j = shorter.dim(k);
            if (i == Shape.UNKNOWN || j == Shape.UNKNOWN) {
                out[offset + k] = Shape.UNKNOWN;
            } else if (i == 1) {
                out[offset + k] = j;
            } else if (j != 1 && i != j) {
                throw new IllegalArgumentException("Inputs have incompatible shapes. Received shapes " + longer + " and "
                        + shorter);
            }
        }
        return Shape.ofDims(out);
    }

    @Override
    public Tensor call(List<Tensor> inputs, CallContext context) {
        Ops ops = context.ops();
        int rank = inputs.stream().mapToInt(t -> t.shape().length).max().orElse(0);
        Tensor merged = null;
        for (Tensor x : inputs) {
            Tensor aligned = withRank(x, rank, ops);
            merged = merged == null ? aligned : merge(merged, aligned, ops);
        }
        return finish(merged, inputs.size(), ops);
    }

    /** The tensor with axes of size 1 inserted after the batch axis up to {@code rank}, as Keras's merge does. */
    private static Tensor withRank(Tensor x, int rank, Ops ops) {
        long[] shape = x.shape();
        if (shape.length == rank) {
            return x;
        }
        long[] expanded = new long[rank];
        Arrays.fill(expanded, 1);
        expanded[0] = shape[0];
        System.arraycopy(shape, 1, expanded, rank - shape.length + 1, shape.length - 1);
        return ops.reshape(x, expanded);
    }
}

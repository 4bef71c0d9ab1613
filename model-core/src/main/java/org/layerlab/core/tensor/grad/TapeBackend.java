package org.layerlab.core.tensor.grad;

import java.util.Collection;
import java.util.List;
import org.layerlab.core.tensor.Variable;


/**
 * The differentiating backend: reverse-mode automatic differentiation on a tape of plain Java
 * arrays, with BLAS (through ND4J) only for large matrix products.
 *
 * <p>Why not ND4J SameDiff or ND4J arrays throughout: a native ND4J operation costs about 5 to 30
 * microseconds on this kind of machine whatever its size, and SameDiff adds graph bookkeeping per
 * operation, so a step of a small network (2-8-8-2, batch 10: about 60 operations) could not stay
 * under a third of a millisecond. Plain Java costs well under a microsecond per small operation.
 * Large networks are dominated by their matrix products, which still run in BLAS; copying the
 * operands in and out of reused native buffers costs a few percent of the product itself.
 * Element-wise work stays in Java, which is as fast as a native call at these sizes.
 *
 * <p>Tensors hold {@code double[]} rounded to their dtype after every operation, so float32
 * training computes float32 values and float64 serves exact gradient checks. The same operations
 * without recording ({@link #eager()}) serve inference.
 *
 * <p>One backend belongs to one thread: it keeps the weights' working values and BLAS buffers.
 */
public final class TapeBackend {
    private final WeightStore weights;
    private final MatrixProduct products = new MatrixProduct();

    public TapeBackend(WeightStore weights) {
        this.weights = weights;
    }

    public WeightStore weights() {
        return weights;
    }

    /** Operations that record a fresh tape, giving gradients for {@code differentiable} weights. */
    public TapeOps recording(Collection<? extends Variable> differentiable) {
        weights.nextPass();
        return new TapeOps(weights, products, differentiable, true);
    }

    /** Operations that only compute, for inference and constraints. */
    public TapeOps eager() {
        weights.nextPass();
        return new TapeOps(weights, products, List.of(), false);
    }
}

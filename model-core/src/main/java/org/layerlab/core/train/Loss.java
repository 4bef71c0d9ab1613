package org.layerlab.core.train;

import org.layerlab.core.function.KerasObject;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * A training loss under its Keras name, composed from {@link Ops} primitives so that it
 * differentiates on any backend.
 */
public interface Loss extends KerasObject {
    /** The Keras function name, for example {@code categorical_crossentropy}. */
    String name();

    /** The loss of each sample (and position), of the prediction's shape without its last axis. */
    Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops);

    /** Keras's default {@code sum_over_batch_size} reduction: the mean of the per-sample losses. */
    default Tensor compute(Tensor yTrue, Tensor yPred, Ops ops) {
        Tensor losses = perSample(yTrue, yPred, ops);
        long count = 1;
        for (long d : losses.shape()) {
            count *= d;
        }
        return ops.divide(ops.sumAll(losses), ops.scalar(count, losses.dtype()));
    }
}

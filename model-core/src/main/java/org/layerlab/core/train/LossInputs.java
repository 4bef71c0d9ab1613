package org.layerlab.core.train;

import java.util.Arrays;
import org.layerlab.core.shape.Shape;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/** Shape checks shared by the losses, with messages that name the loss and both shapes. */
final class LossInputs {
    private LossInputs() {
    }

    /**
     * The labels in the prediction's shape: labels of shape {@code (batch,)} for predictions of shape
     * {@code (batch, 1)} are reshaped, as Keras does; other mismatches are errors.
     */
    static Tensor sameShape(Tensor yTrue, Tensor yPred, Ops ops, String loss) {
        long[] t = yTrue.shape();
        long[] p = yPred.shape();
        if (Arrays.equals(t, p)) {
            return yTrue;
        }
        if (t.length == p.length - 1 && p[p.length - 1] == 1 && Arrays.equals(t, Arrays.copyOf(p, t.length))) {
            return ops.reshape(yTrue, p);
        }
        throw mismatch(loss, t, p);
    }

    static IllegalArgumentException mismatch(String loss, long[] labels, long[] predictions) {
        return new IllegalArgumentException("loss " + loss + ": labels of shape " + Shape.ofDims(labels)
                + " do not match the model output of shape " + Shape.ofDims(predictions));
    }

    /** log(softmax(x)) along the last axis, shifted by the maximum so that exp never overflows. */
    static Tensor logSoftmax(Tensor x, Ops ops) {
        Tensor shifted = ops.subtract(x, ops.max(x, -1, true));
        return ops.subtract(shifted, ops.log(ops.sum(ops.exp(shifted), -1, true)));
    }

    /** {@code x} clipped to [epsilon, 1 - epsilon], Keras's guard before taking logs of probabilities. */
    static Tensor clipProbabilities(Tensor x, Ops ops) {
        Tensor low = ops.scalar(Losses.EPSILON, x.dtype());
        Tensor high = ops.subtract(ops.scalar(1, x.dtype()), low);
        return ops.minimum(ops.maximum(x, low), high);
    }
}

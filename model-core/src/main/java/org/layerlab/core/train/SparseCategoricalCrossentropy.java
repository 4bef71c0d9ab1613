package org.layerlab.core.train;

import java.util.Arrays;
import org.layerlab.core.config.Config;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * Keras's {@code sparse_categorical_crossentropy} for integer class labels of shape
 * {@code (batch,)} or {@code (batch, 1)}. From probabilities Keras clips them to
 * [1e-7, 1 - 1e-7] and treats their logs as logits, which renormalises them; this does the same.
 */
public final class SparseCategoricalCrossentropy implements Loss {
    private final boolean fromLogits;

    public SparseCategoricalCrossentropy(boolean fromLogits) {
        this.fromLogits = fromLogits;
    }

    @Override
    public String name() {
        return "sparse_categorical_crossentropy";
    }

    @Override
    public Tensor perSample(Tensor yTrue, Tensor yPred, Ops ops) {
        long[] p = yPred.shape();
        long[] outer = Arrays.copyOf(p, p.length - 1);
        long[] t = yTrue.shape();
        boolean squeezable = t.length == p.length && t[t.length - 1] == 1 && Arrays.equals(Arrays.copyOf(t, outer.length), outer);
        if (!Arrays.equals(t, outer) && !squeezable) {
            throw LossInputs.mismatch(name(), t, p);
        }
        int classes = (int) p[p.length - 1];
        double[] labels = ops.values(yTrue);
        double[] oneHot = new double[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            double label = labels[i];
            if (label != Math.rint(label) || label < 0 || label >= classes) {
                throw new IllegalArgumentException("loss " + name() + ": label " + label + " of sample " + i
                        + " is not a class index in [0, " + classes + ")");
            }
            oneHot[i * classes + (int) label] = 1;
        }
        Tensor y = ops.constant(oneHot, p, yPred.dtype());
        Tensor logits = fromLogits ? yPred : ops.log(LossInputs.clipProbabilities(yPred, ops));
        return ops.negative(ops.sum(ops.multiply(y, LossInputs.logSoftmax(logits, ops)), -1, false));
    }

    @Override
    public String className() {
        return "SparseCategoricalCrossentropy";
    }

    @Override
    public Config config() {
        return Config.builder().put("name", name()).put("reduction", Losses.REDUCTION)
                .put("from_logits", fromLogits).put("ignore_class", null).build();
    }
}

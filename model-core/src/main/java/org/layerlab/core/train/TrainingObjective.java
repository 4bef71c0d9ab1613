package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;

/**
 * The quantity training minimises, as Keras 3 computes it: the loss of the predictions plus the
 * penalty of each trainable weight's regularizer and of each layer's activity regularizer (added
 * as is, without dividing by the batch size, as Keras 3 does).
 */
public final class TrainingObjective {
    /** The model's predictions and the objective, both tensors of the context's backend. */
    public record Evaluation(Tensor predictions, Tensor total) {
        /** Reads the values out for reporting. */
        public StepResult result(Ops ops) {
            return new StepResult(ops.values(total)[0], ops.values(predictions), predictions.shape());
        }
    }

    private final ForwardModel model;
    private final Loss loss;

    public TrainingObjective(ForwardModel model, Loss loss) {
        this.model = model;
        this.loss = loss;
    }

    public Evaluation evaluate(Batch batch, CallContext context) {
        Ops ops = context.ops();
        Tensor x = ops.constant(batch.features(), batch.featureShape(), model.inputDtype());
        List<Tensor> penalties = new ArrayList<>();
        Tensor y = model.forward(x, context, penalties);
        Tensor yTrue = ops.constant(batch.labels(), batch.labelShape(), y.dtype());
        Tensor total = loss.compute(yTrue, y, ops);
        for (Weight w : model.trainableWeights()) {
            Regularizer regularizer = w.regularizer();
            if (regularizer != null) {
                penalties.add(regularizer.penalty(ops.read(w), ops));
            }
        }
        for (Tensor p : penalties) {
            total = ops.add(total, ops.cast(p, total.dtype()));
        }
        return new Evaluation(y, total);
    }
}

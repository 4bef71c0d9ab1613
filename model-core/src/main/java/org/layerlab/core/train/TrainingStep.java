package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.layerlab.core.function.Regularizer;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.TapeOps;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * Trains a model batch by batch: forward in training mode, loss plus the weights' and layers'
 * regularisation penalties, backward, optimiser update and constraints. The weights' working values
 * live in this object's store; {@link #writeBack()} copies them into the weights. Runs on one thread.
 * With the same seed (for dropout masks) and the same starting weights, results are bit-identical.
 */
public final class TrainingStep {
    private final ForwardModel model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TapeBackend backend = new TapeBackend(new WeightStore());
    private final SplittableRandom seeds;
    private final List<Weight> trainable;

    public TrainingStep(ForwardModel model, Loss loss, Optimizer optimizer, long seed) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
        this.seeds = new SplittableRandom(seed);
        this.trainable = List.copyOf(model.trainableWeights());
    }

    /** Trains on one batch and returns its loss and predictions, both from before the update. */
    public StepResult run(Batch batch) {
        TapeOps ops = backend.recording(trainable);
        Pass pass = forward(batch, new CallContext(ops, true, seeds));
        Map<Weight, double[]> gradients = ops.gradients(pass.total());
        optimizer.apply(trainable, gradients, backend);
        return pass.result(ops);
    }

    /** The loss and predictions on a batch in inference mode, without changing the weights. */
    public StepResult evaluate(Batch batch) {
        Ops ops = backend.eager();
        return forward(batch, CallContext.inference(ops)).result(ops);
    }

    /** Copies the trained values into the weights, for saving, export or inference elsewhere. */
    public void writeBack() {
        backend.weights().writeBack();
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    private Pass forward(Batch batch, CallContext context) {
        Ops ops = context.ops();
        Tensor x = ops.constant(batch.features(), batch.featureShape(), model.inputDtype());
        List<Tensor> penalties = new ArrayList<>();
        Tensor y = model.forward(x, context, penalties);
        Tensor yTrue = ops.constant(batch.labels(), batch.labelShape(), y.dtype());
        Tensor total = loss.compute(yTrue, y, ops);
        for (Weight w : trainable) {
            Regularizer regularizer = w.regularizer();
            if (regularizer != null) {
                penalties.add(regularizer.penalty(ops.read(w), ops));
            }
        }
        for (Tensor p : penalties) {
            total = ops.add(total, p);
        }
        return new Pass(y, total);
    }

    private record Pass(Tensor predictions, Tensor total) {
        StepResult result(Ops ops) {
            return new StepResult(ops.values(total)[0], ops.values(predictions), predictions.shape());
        }
    }
}

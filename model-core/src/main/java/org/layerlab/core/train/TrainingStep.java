package org.layerlab.core.train;

import java.util.List;
import java.util.SplittableRandom;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.grad.TapeBackend;
import org.layerlab.core.tensor.grad.TapeOps;
import org.layerlab.core.tensor.grad.WeightStore;

/**
 * Trains a model batch by batch: forward in training mode, the {@link TrainingObjective} (loss plus
 * regularisation penalties), backward, optimiser update and constraints. The weights' working values
 * live in this object's store; {@link #writeBack()} copies them into the weights. Runs on one thread.
 * With the same seed (for dropout masks) and the same starting weights, results are bit-identical.
 */
public final class TrainingStep {
    private final TrainingObjective objective;
    private final Optimizer optimizer;
    private final TapeBackend backend = new TapeBackend(new WeightStore());
    private final SplittableRandom seeds;
    private final List<Weight> trainable;

    public TrainingStep(ForwardModel model, Loss loss, Optimizer optimizer, long seed) {
        this.objective = new TrainingObjective(model, loss);
        this.optimizer = optimizer;
        this.seeds = new SplittableRandom(seed);
        this.trainable = List.copyOf(model.trainableWeights());
    }

    /** Trains on one batch and returns its loss and predictions, both from before the update. */
    public StepResult run(Batch batch) {
        TapeOps ops = backend.recording(trainable);
        TrainingObjective.Evaluation pass = objective.evaluate(batch, new CallContext(ops, true, seeds));
        optimizer.apply(trainable, ops.weightGradients(pass.total()), backend);
        return pass.result(ops);
    }

    /** The loss and predictions on a batch in inference mode, without changing the weights. */
    public StepResult evaluate(Batch batch) {
        Ops ops = backend.eager();
        return objective.evaluate(batch, CallContext.inference(ops)).result(ops);
    }

    /** Copies the trained values into the weights, for saving, export or inference elsewhere. */
    public void writeBack() {
        backend.weights().writeBack();
    }

    /** A copy of a weight's current working value, row-major. */
    public double[] values(Weight weight) {
        WeightStore store = backend.weights();
        return store.isSingle(weight) ? store.values(weight) : store.values(weight).clone();
    }

    /** The trainable weights, in the order {@link #saveWeights} and {@link #restoreWeights} use. */
    public List<Weight> trainableWeights() {
        return trainable;
    }

    /** Copies the trainable weights' working values into {@code into}, one array per weight, reused. */
    public void saveWeights(double[][] into) {
        WeightStore store = backend.weights();
        for (int i = 0; i < trainable.size(); i++) {
            Weight w = trainable.get(i);
            if (store.isSingle(w)) {
                float[] v = store.floats(w);
                double[] to = into[i];
                for (int j = 0; j < v.length; j++) {
                    to[j] = v[j];
                }
            } else {
                double[] v = store.values(w);
                System.arraycopy(v, 0, into[i], 0, v.length);
            }
        }
    }

    /** Sets the trainable weights' working values from {@link #saveWeights}'s copies. */
    public void restoreWeights(double[][] from) {
        for (int i = 0; i < trainable.size(); i++) {
            backend.weights().set(trainable.get(i), from[i]);
        }
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}

package org.layerlab.core.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.tensor.Ops;
import org.layerlab.core.tensor.Tensor;
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
    private final List<Weight> stepped;

    public TrainingStep(ForwardModel model, Loss loss, Optimizer optimizer, long seed) {
        this.objective = new TrainingObjective(model, loss);
        this.optimizer = optimizer;
        this.seeds = new SplittableRandom(seed);
        this.trainable = List.copyOf(model.trainableWeights());
        this.stepped = List.copyOf(model.weights());
    }

    /** Trains on one batch and returns its loss and predictions, both from before the update. */
    public StepResult run(Batch batch) {
        TapeOps ops = backend.recording(trainable);
        Map<Weight, Tensor> updates = new LinkedHashMap<>();
        TrainingObjective.Evaluation pass = objective.evaluate(batch, new CallContext(ops, true, seeds, updates::put));
        optimizer.apply(trainable, ops.weightGradients(pass.total()), backend);
        // Layers' own updates (BatchNormalization's moving statistics) follow the optimiser, as in Keras.
        updates.forEach((weight, value) -> backend.weights().set(weight, ops.values(value)));
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

    /**
     * The weights a step may change, in the order {@link #saveWeights} and {@link #restoreWeights} use: the
     * trainable ones and the non-trainable ones layers update (BatchNormalization's moving statistics).
     */
    public List<Weight> steppedWeights() {
        return stepped;
    }

    /** Buffers for {@link #saveWeights}: one array per stepped weight, in its precision. */
    public Object[] weightBuffers() {
        Object[] buffers = new Object[stepped.size()];
        for (int i = 0; i < buffers.length; i++) {
            Weight w = stepped.get(i);
            buffers[i] = backend.weights().isSingle(w) ? new float[(int) w.size()] : new double[(int) w.size()];
        }
        return buffers;
    }

    /** Copies the stepped weights' working values into buffers from {@link #weightBuffers}. */
    public void saveWeights(Object[] into) {
        for (int i = 0; i < stepped.size(); i++) {
            backend.weights().copyTo(stepped.get(i), into[i]);
        }
    }

    /** Sets the stepped weights' working values from {@link #saveWeights}'s copies. */
    public void restoreWeights(Object[] from) {
        for (int i = 0; i < stepped.size(); i++) {
            backend.weights().copyFrom(stepped.get(i), from[i]);
        }
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}

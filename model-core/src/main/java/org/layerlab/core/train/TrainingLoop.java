package org.layerlab.core.train;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.layerlab.core.layer.Weight;

/**
 * One training run on the worker thread: epochs of shuffled batches, validation after each epoch,
 * weight snapshots at a bounded rate, and the checks that end a run. A batch whose loss is not
 * finite ends it with the weights from before the last good step, so no NaN or infinity from
 * training is ever reported as a result.
 */
final class TrainingLoop {
    /** Where the loop reports: events to the listeners and state changes to the session. */
    interface Reporter {
        void event(TrainingEvent event);

        void state(TrainingState state);
    }

    /** What to train on what, all checked when the session was made. */
    /** @param maxParameters the session's parameter budget, which weight initialisation keeps to */
    record Plan(GraphModel model, TrainingSettings settings, BatchSource train, BatchSource validation, Loss loss,
            Optimizer optimizer, EpochScores trainScores, EpochScores validationScores, long maxParameters) {
    }

    private final GraphModel model;
    private final TrainingSettings settings;
    private final BatchSource train;
    private final BatchSource validation;
    private final Plan plan;
    private final SessionControl control;
    private final Reporter reporter;
    private final long snapshotNanos;
    /** The native threads for the products, as {@link TrainingThreads} chose them. */
    private final int threads;
    private TrainingStep step;
    /** The trainable weights before the current step, and before the last step whose loss was finite. */
    private Object[] before;
    private Object[] lastGood;
    private boolean hasGood;
    private long lastSnapshot;
    private boolean snapshotStale;
    private long pausedNanos;
    /** The last completed batch. */
    private int epoch;
    private int batch;
    /** Whether a step is under way, and which, for the message of an unexpected error. */
    private boolean stepping;
    private int stepEpoch;
    private int stepBatch;

    TrainingLoop(Plan plan, SessionControl control, Reporter reporter, long snapshotNanos, int threads) {
        this.threads = threads;
        this.plan = plan;
        this.model = plan.model();
        this.settings = plan.settings();
        this.train = plan.train();
        this.validation = plan.validation();
        this.control = control;
        this.reporter = reporter;
        this.snapshotNanos = snapshotNanos;
    }

    void run() {
        try {
            TrainingThreads.use(threads);
            SplittableRandom seeds = new SplittableRandom(settings.seed());
            model.initializeMissing(seeds.nextLong(), plan.maxParameters());
            SplittableRandom shuffling = new SplittableRandom(seeds.nextLong());
            step = new TrainingStep(model, plan.loss(), plan.optimizer(), seeds.nextLong());
            before = step.weightBuffers();
            lastGood = step.weightBuffers();
            reporter.event(new TrainingEvent.WeightsUpdated(0, 0, weights()));
            lastSnapshot = System.nanoTime();
            int[] order = identity(train.size());
            for (int e = 1; e <= settings.epochs(); e++) {
                if (settings.shuffle()) {
                    shuffle(order, shuffling);
                }
                if (!trainEpoch(e, order)) {
                    return;
                }
            }
            end(new TrainingEvent.Finished(settings.epochs(), weights()), TrainingState.FINISHED);
        } catch (RuntimeException | OutOfMemoryError ex) {
            fail(ex);
        }
    }

    /** Trains and validates one epoch; false when the run ended in it. */
    private boolean trainEpoch(int e, int[] order) {
        long start = System.nanoTime();
        pausedNanos = 0;
        EpochScores scores = plan.trainScores();
        scores.reset();
        int size = settings.batchSize();
        int batches = train.batchCount(size);
        for (int b = 1; b <= batches; b++) {
            if (!awaitTurn(e, b)) {
                end(new TrainingEvent.Stopped(epoch, batch, weights()), TrainingState.STOPPED);
                return false;
            }
            Batch x = train.batch(order, (b - 1) * size, Math.min(b * size, train.size()));
            step.saveWeights(before);
            stepEpoch = e;
            stepBatch = b;
            stepping = true;
            StepResult result = step.run(x);
            stepping = false;
            if (!Double.isFinite(result.loss())) {
                failWithLastGood("loss became " + describe(result.loss()) + " at epoch " + e + ", batch " + b);
                return false;
            }
            keepAsGood();
            epoch = e;
            batch = b;
            scores.add(x, result);
            reporter.event(new TrainingEvent.BatchEnded(e, b, batches, result.loss(), scores.scores()));
            snapshot(false);
        }
        Optional<TrainingEvent.Scores> validated = validate();
        if (control.stopRequested()) {
            end(new TrainingEvent.Stopped(epoch, batch, weights()), TrainingState.STOPPED);
            return false;
        }
        if (validated.isPresent() && !Double.isFinite(validated.get().loss())) {
            failWithLastGood("validation loss became " + describe(validated.get().loss()) + " after epoch " + e);
            return false;
        }
        if (!finiteWeights()) {
            failWithLastGood("weights became NaN or infinite in epoch " + e);
            return false;
        }
        double seconds = (System.nanoTime() - start - pausedNanos) / 1e9;
        reporter.event(new TrainingEvent.EpochEnded(e, settings.epochs(), scores.scores(), validated, seconds));
        return true;
    }

    /** Ends the run after an unexpected error, undoing a step it interrupted. */
    private void fail(Throwable ex) {
        if (stepping) {
            step.restoreWeights(before);
        }
        String message = ex instanceof OutOfMemoryError ? "ran out of memory; use a smaller batch size or smaller layers"
                : ex.getMessage() == null ? ex.toString() : ex.getMessage().lines().findFirst().orElse("");
        String where = stepping ? "at epoch " + stepEpoch + ", batch " + stepBatch
                : epoch == 0 ? "before the first batch" : "after epoch " + epoch + ", batch " + batch;
        ModelWeights kept = step == null ? model.currentWeights() : weights();
        end(new TrainingEvent.Failed("training failed " + where + ": " + message, kept), TrainingState.FAILED);
    }

    private boolean awaitTurn(int e, int b) {
        long waitStart = System.nanoTime();
        boolean go = control.awaitTurn(() -> {
            snapshot(true);
            reporter.state(TrainingState.PAUSED);
            reporter.event(new TrainingEvent.Paused(e, b));
        });
        pausedNanos += System.nanoTime() - waitStart;
        if (go) {
            reporter.state(TrainingState.RUNNING);
        }
        return go;
    }

    /** The validation scores, empty without validation rows; cut short when a stop is requested. */
    private Optional<TrainingEvent.Scores> validate() {
        if (validation.size() == 0) {
            return Optional.empty();
        }
        int[] order = identity(validation.size());
        EpochScores scores = plan.validationScores();
        scores.reset();
        int size = settings.batchSize();
        for (int from = 0; from < validation.size(); from += size) {
            if (control.stopRequested()) {
                return Optional.empty();
            }
            Batch x = validation.batch(order, from, Math.min(from + size, validation.size()));
            scores.add(x, step.evaluate(x));
        }
        return Optional.of(scores.scores());
    }

    private void keepAsGood() {
        Object[] swap = lastGood;
        lastGood = before;
        before = swap;
        hasGood = true;
    }

    private void failWithLastGood(String what) {
        step.restoreWeights(hasGood ? lastGood : before);
        String kept = hasGood ? "the weights from the last good step were kept" : "the starting weights were kept";
        end(new TrainingEvent.Failed(what + "; training stopped and " + kept, weights()), TrainingState.FAILED);
    }

    private static String describe(double v) {
        return Double.isNaN(v) ? "NaN" : "infinite";
    }

    private boolean finiteWeights() {
        for (Weight w : step.steppedWeights()) {
            for (double v : step.values(w)) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * After a batch, sends the weights when the interval has passed since the last copy; on a pause,
     * sends them when batches ran since the last copy, so a paused view shows the current weights.
     */
    private void snapshot(boolean onPause) {
        long now = System.nanoTime();
        boolean due = onPause ? snapshotStale : now - lastSnapshot >= snapshotNanos;
        if (due) {
            reporter.event(new TrainingEvent.WeightsUpdated(epoch, batch, weights()));
            lastSnapshot = now;
            snapshotStale = false;
        } else if (!onPause) {
            snapshotStale = true;
        }
    }

    private ModelWeights weights() {
        return model.capture(step::values);
    }

    private void end(TrainingEvent last, TrainingState state) {
        if (step != null) {
            step.writeBack();
        }
        reporter.state(state);
        reporter.event(last);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher-Yates, so the same seed gives the same order. */
    private static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

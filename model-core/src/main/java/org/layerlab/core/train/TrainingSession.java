package org.layerlab.core.train;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.layerlab.core.data.DataException;
import org.layerlab.core.data.Dataset;

/**
 * Trains a {@link GraphModel} on its own thread, as Keras's {@code fit} does: start, then pause,
 * resume, step (one batch, then pause) and stop from any thread. A stop takes effect after the
 * batch in progress. Listeners get immutable {@link TrainingEvent}s on the training thread.
 *
 * <p>Everything that can be checked is checked when the session is made, before any weight is
 * allocated: the settings, the data against the model's input and output, and the memory the
 * model and batch would need. The same model, data, settings and seed give bit-identical weights.
 *
 * <p>The model belongs to the session until it ends; afterwards its weights hold the result.
 */
public final class TrainingSession {
    private static final System.Logger LOG = System.getLogger(TrainingSession.class.getName());

    private final TrainingLoop loop;
    private final TrainingExecutor executor;
    private final SessionControl control = new SessionControl();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Object startLock = new Object();
    private volatile TrainingState state = TrainingState.NEW;

    /**
     * @param validation the held-out rows; may be empty
     * @throws MemoryBudgetException when the model has more parameters than the budget, or the model and batch
     *     would need more memory than allowed
     * @throws DataException naming the data set when its rows do not fit the model
     */
    public TrainingSession(GraphModel model, Dataset train, Dataset validation, TrainingSettings settings,
            SessionOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
        if (train.size() == 0) {
            throw DataException.in(train.name(), "has no training rows");
        }
        Optimizer optimizer = settings.createOptimizer();
        Loss loss = settings.createLoss();
        MemoryEstimate.of(model, optimizer, Math.min(settings.batchSize(), train.size()))
                .check(options.memoryBudgetBytes());
        if (model.countParams() > options.maxParameters()) {
            throw new MemoryBudgetException(String.format(Locale.ROOT,
                    "the model has %,d parameters, over the budget of %,d for training; it can be edited and"
                            + " exported, but not trained here", model.countParams(), options.maxParameters()));
        }
        BatchSource trainRows = BatchSource.of(train, loss, model.inputShape(), model.outputShape());
        BatchSource validationRows = BatchSource.of(validation, loss, model.inputShape(), model.outputShape());
        long[] outputShape = model.outputShape().toArray();
        TrainingLoop.Plan plan = new TrainingLoop.Plan(model, settings, trainRows, validationRows, loss, optimizer,
                new EpochScores(settings.metrics(), loss, trainRows.labelShape(), outputShape),
                new EpochScores(settings.metrics(), loss, validationRows.labelShape(), outputShape),
                options.maxParameters());
        this.executor = options.executor();
        this.loop = new TrainingLoop(plan, control, new TrainingLoop.Reporter() {
            @Override
            public void event(TrainingEvent event) {
                dispatch(event);
            }

            @Override
            public void state(TrainingState next) {
                state = next;
            }
        }, options.snapshotInterval().toNanos(),
                TrainingThreads.choose(TrainingThreads.macsPerStep(model, settings.batchSize()), options.threadBudget()));
    }

    /** With the default options: a thread of its own, a 2 GB budget, snapshots at most every 200 ms. */
    public TrainingSession(GraphModel model, Dataset train, Dataset validation, TrainingSettings settings) {
        this(model, train, validation, settings, SessionOptions.defaults());
    }

    public void addListener(TrainingListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts training on the executor. A session paused before it starts waits before its first
     * batch, so that it can be stepped from the beginning.
     *
     * @throws IllegalStateException when already started
     */
    public void start() {
        synchronized (startLock) {
            if (state != TrainingState.NEW) {
                throw new IllegalStateException("the training session was already started");
            }
            state = TrainingState.RUNNING;
        }
        executor.execute(() -> {
            try {
                loop.run();
            } finally {
                ended.countDown();
            }
        });
    }

    /** Pauses after the batch in progress; a {@link TrainingEvent.Paused} follows. */
    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Runs one more batch, then pauses. */
    public void step() {
        control.step();
    }

    /** Stops after the batch in progress (or at once when paused); a {@link TrainingEvent.Stopped} follows. */
    public void stop() {
        control.stop();
    }

    public TrainingState state() {
        return state;
    }

    /**
     * Waits until training has ended and its last event has been delivered.
     *
     * @return false when {@code timeout} passed first
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A listener's failure must not end training, nor keep other listeners from their events. */
    private void dispatch(TrainingEvent event) {
        for (TrainingListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a training listener failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }
}

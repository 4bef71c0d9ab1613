package org.layerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.layerlab.core.config.Config;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.DatasetFiles;
import org.layerlab.core.data.PreparedData;

/** A session on its own thread, steered from the test thread: stop, pause, step and resume. */
class TrainingSessionControlTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withSeed(1)
            .withEpochs(TrainingSettings.MAX_EPOCHS).withBatchSize(8).withOptimizer("adam", 0.001, Config.empty())
            .withLoss("categorical_crossentropy", Config.empty()).withValidationSplit(0.2);

    private static TrainingSession digitsSession() {
        PreparedData data = BundledDatasets.load(BundledDatasets.find("digits8x8"), DatasetFiles.opener())
                .prepare(SETTINGS.split(), true);
        return new TrainingSession(GraphModel.of(Graphs.mlp(64, "relu", "softmax", 128, 10)), data.train(),
                data.validation(), SETTINGS);
    }

    /** The next event that matches, skipping others; fails after five seconds. */
    private static TrainingEvent next(BlockingQueue<TrainingEvent> events, Predicate<TrainingEvent> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            TrainingEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching event within 5 s");
    }

    /** Batches are slowed to about 3 ms by a listener, so that the stop surely lands in the middle of epoch 2. */
    @Test
    void aStopInMidEpochTakesEffectWithin500Milliseconds() throws InterruptedException {
        TrainingSession session = digitsSession();
        session.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnded) {
                sleep(3);
            }
        });
        CountDownLatch midEpoch = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        TrainingEvent.Stopped[] result = new TrainingEvent.Stopped[1];
        session.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnded b && b.epoch() == 2 && b.batch() == 50) {
                midEpoch.countDown();
            } else if (e instanceof TrainingEvent.Stopped s) {
                result[0] = s;
                stopped.countDown();
            }
        });
        session.start();
        assertThat(midEpoch.await(30, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        session.stop();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        double millis = (System.nanoTime() - start) / 1e6;
        assertThat(millis).isLessThan(500);
        assertThat(result[0].epoch()).isEqualTo(2);
        assertThat(result[0].batch()).isBetween(50, 179);
        assertThat(result[0].weights().allFinite()).isTrue();
        assertThat(session.awaitTermination(Duration.ofSeconds(5))).isTrue();
        assertThat(session.state()).isEqualTo(TrainingState.STOPPED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pausedBeforeStartItStepsOneBatchAtATimeThenResumesAndStops() throws InterruptedException {
        TrainingSession session = digitsSession();
        BlockingQueue<TrainingEvent> events = new LinkedBlockingQueue<>();
        session.addListener(events::add);
        AtomicReference<TrainingEvent.BatchEnded> lastBatch = new AtomicReference<>();
        session.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnded b) {
                lastBatch.set(b);
            }
        });
        session.pause();
        session.start();
        assertThat(next(events, e -> e instanceof TrainingEvent.Paused)).isEqualTo(new TrainingEvent.Paused(1, 1));
        assertThat(session.state()).isEqualTo(TrainingState.PAUSED);

        session.step();
        assertThat(next(events, e -> !(e instanceof TrainingEvent.WeightsUpdated)))
                .isInstanceOfSatisfying(TrainingEvent.BatchEnded.class, b -> assertThat(b.batch()).isEqualTo(1));
        assertThat(next(events, e -> !(e instanceof TrainingEvent.WeightsUpdated)))
                .isEqualTo(new TrainingEvent.Paused(1, 2));
        Thread.sleep(50);
        assertThat(events).noneMatch(e -> e instanceof TrainingEvent.BatchEnded);

        session.resume();
        next(events, e -> e instanceof TrainingEvent.EpochEnded);
        session.pause();
        TrainingEvent.Paused paused = (TrainingEvent.Paused) next(events, e -> e instanceof TrainingEvent.Paused);
        assertThat(paused.epoch()).isGreaterThanOrEqualTo(2);
        TrainingEvent.BatchEnded before = lastBatch.get();

        session.stop();
        TrainingEvent.Stopped stopped = (TrainingEvent.Stopped) next(events, e -> e instanceof TrainingEvent.Stopped);
        assertThat(lastBatch.get()).as("no batch ran while paused").isSameAs(before);
        assertThat(stopped.epoch()).isEqualTo(before.epoch());
        assertThat(stopped.batch()).isEqualTo(before.batch());
        assertThat(session.awaitTermination(Duration.ofSeconds(5))).isTrue();
        assertThat(session.state()).isEqualTo(TrainingState.STOPPED);
    }
}

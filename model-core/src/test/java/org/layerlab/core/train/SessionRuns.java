package org.layerlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.data.Dataset;
import org.layerlab.core.graph.ModelGraph;

/** Runs a session to its end on the calling thread and keeps every event. */
final class SessionRuns {
    /** The events of one run, in order. */
    record Run(GraphModel model, List<TrainingEvent> events) {
        <T extends TrainingEvent> List<T> all(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        TrainingEvent last() {
            return events.get(events.size() - 1);
        }

        TrainingEvent.EpochEnded lastEpoch() {
            List<TrainingEvent.EpochEnded> epochs = all(TrainingEvent.EpochEnded.class);
            return epochs.get(epochs.size() - 1);
        }
    }

    private SessionRuns() {
    }

    static SessionOptions onCallingThread() {
        return SessionOptions.defaults().withExecutor(TrainingExecutor.callingThread());
    }

    static Run run(ModelGraph graph, Dataset train, Dataset validation, TrainingSettings settings) {
        return run(GraphModel.of(graph), train, validation, settings, null);
    }

    /** Runs to the end; {@code steering} may steer the session from within its events. */
    static Run run(GraphModel model, Dataset train, Dataset validation, TrainingSettings settings,
            Steering steering) {
        return run(model, train, validation, settings, onCallingThread(), steering);
    }

    /** Runs to the end with these options, which must run on the calling thread. */
    static Run run(GraphModel model, Dataset train, Dataset validation, TrainingSettings settings,
            SessionOptions options, Steering steering) {
        TrainingSession session = new TrainingSession(model, train, validation, settings, options);
        List<TrainingEvent> events = new ArrayList<>();
        session.addListener(events::add);
        if (steering != null) {
            session.addListener(e -> steering.onEvent(session, e));
        }
        session.start();
        return new Run(model, events);
    }

    /** Steers a session from its own events. */
    @FunctionalInterface
    interface Steering {
        void onEvent(TrainingSession session, TrainingEvent event);
    }
}

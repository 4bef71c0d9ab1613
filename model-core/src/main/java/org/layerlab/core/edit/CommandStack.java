package org.layerlab.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.layerlab.core.graph.GraphListenerException;
import org.layerlab.core.graph.ModelGraph;

/**
 * The undo history of one model: runs commands, undoes and redoes them, and keeps at most
 * {@code capacity} of them (the oldest goes first).
 *
 * <p>The {@link #revision()} names the state the edits have brought the model to: executing, undoing or
 * redoing changes it, and undoing back to a state gives that state's revision again, so the dirty marker is
 * {@code revision() != savedRevision()} ({@link #isDirty()}).
 *
 * <p>Trained weights survive undo: before each command the stack notes the graph's trained weights by
 * reference, and after undoing it puts the values back into any weight an input-shape change had reset.
 *
 * <p>A command makes its edit itself; pushing, undoing or redoing from inside a running command is refused
 * with a {@link NestedCommandException}. Not thread-safe: use it on the thread that edits the graph.
 */
public final class CommandStack {
    /** The history most editors keep. */
    public static final int DEFAULT_CAPACITY = 200;

    private record Entry(Command command, long revision, long previousRevision, TrainedWeights weights) {
    }

    private final ModelGraph graph;
    private final int capacity;
    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private long nextRevision = 1;
    private long revision;
    private long savedRevision;
    private Command running;

    public CommandStack(ModelGraph graph) {
        this(graph, DEFAULT_CAPACITY);
    }

    public CommandStack(ModelGraph graph, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an undo history holds at least one command, got " + capacity);
        }
        this.graph = Objects.requireNonNull(graph, "graph");
        this.capacity = capacity;
    }

    public void addListener(CommandStackListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(CommandStackListener listener) {
        listeners.remove(listener);
    }

    /**
     * Executes the command and makes it the one to undo; the redo history is dropped. A command that
     * throws has changed nothing and is not kept, unless only a graph listener failed after the edit.
     */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        TrainedWeights weights = TrainedWeights.of(graph);
        GraphListenerException listenerFailure = null;
        try {
            run(command, command::execute);
        } catch (GraphListenerException e) {
            listenerFailure = e;
        }
        undone.clear();
        done.push(new Entry(command, nextRevision++, revision, weights));
        revision = done.peek().revision();
        while (done.size() > capacity) {
            done.removeLast();
        }
        changed(listenerFailure);
    }

    /** Undoes the last command, if any; returns whether there was one. */
    public boolean undo() {
        return step(done, undone, true);
    }

    /** Redoes the last undone command, if any; returns whether there was one. */
    public boolean redo() {
        return step(undone, done, false);
    }

    private boolean step(Deque<Entry> from, Deque<Entry> to, boolean undoing) {
        if (from.isEmpty()) {
            requireIdle("an undo or redo");
            return false;
        }
        Entry entry = from.peek();
        Command command = entry.command();
        GraphListenerException listenerFailure = null;
        try {
            run(command, undoing ? command::undo : command::redo);
        } catch (GraphListenerException e) {
            listenerFailure = e;
        }
        from.pop();
        if (undoing) {
            entry.weights().restoreInto(graph);
        }
        to.push(entry);
        revision = undoing ? entry.previousRevision() : entry.revision();
        changed(listenerFailure);
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** What Undo would undo, for "Undo Move dense_2". */
    public Optional<EditLabel> undoLabel() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.peek().command().label());
    }

    public Optional<EditLabel> redoLabel() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.peek().command().label());
    }

    /** How many commands can be undone (at most the capacity). */
    public int undoCount() {
        return done.size();
    }

    public int capacity() {
        return capacity;
    }

    /** The state the edits have brought the model to; 0 before any edit. */
    public long revision() {
        return revision;
    }

    public long savedRevision() {
        return savedRevision;
    }

    /** Notes that the model as it is now was saved. */
    public void markSaved() {
        savedRevision = revision;
        changed(null);
    }

    /**
     * Notes that the model as it is now is in no file: a model brought back from a recovery file, which the
     * user still has to save.
     */
    public void markUnsaved() {
        savedRevision = Long.MIN_VALUE;
        changed(null);
    }

    /** Whether the model differs from what was last saved (or from the start, before any save). */
    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** Forgets all history, for example after the model was replaced; the model as it is counts as saved. */
    public void clear() {
        requireIdle("clearing the history");
        done.clear();
        undone.clear();
        revision = nextRevision++;
        savedRevision = revision;
        changed(null);
    }

    private void run(Command command, Runnable action) {
        requireIdle("command \"" + command.label() + "\"");
        running = command;
        try {
            graph.deferringListenerFailures(action);
        } finally {
            running = null;
        }
    }

    private void requireIdle(String attempted) {
        if (running != null) {
            throw new NestedCommandException(running.label(), attempted);
        }
    }

    private void changed(GraphListenerException listenerFailure) {
        for (CommandStackListener l : listeners) {
            l.stackChanged(this);
        }
        if (listenerFailure != null) {
            throw listenerFailure;
        }
    }
}

package org.layerlab.core.edit;

/**
 * One user edit that can be undone: a node added, moved, wired, a parameter changed. Each kind of edit is
 * its own class; a {@link CommandStack} runs them. A command is executed once, then undone and redone any
 * number of times, always from the state it left or found.
 */
public interface Command {

    /** Makes the edit the first time. */
    void execute();

    /** Reverses {@link #execute} (or {@link #redo}) exactly. */
    void undo();

    /** Makes the edit again after {@link #undo}; by default the same as {@link #execute}. */
    default void redo() {
        execute();
    }

    /** What the edit is, for "Undo Move dense_2" in the user's language. */
    EditLabel label();
}

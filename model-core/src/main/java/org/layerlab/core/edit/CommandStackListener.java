package org.layerlab.core.edit;

/** Told after every execute, undo, redo, save mark or clear of a {@link CommandStack}, on its thread. */
@FunctionalInterface
public interface CommandStackListener {
    void stackChanged(CommandStack stack);
}

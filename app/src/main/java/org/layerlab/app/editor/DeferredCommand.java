package org.layerlab.app.editor;

import java.util.function.Supplier;
import org.layerlab.core.edit.Command;
import org.layerlab.core.edit.EditLabel;

/**
 * A command made only when it first runs, for a part of a composite that needs what an earlier part
 * made (the id of a node just added); undo and redo go to the command it made.
 */
final class DeferredCommand implements Command {
    private final Supplier<Command> factory;
    private Command made;

    DeferredCommand(Supplier<Command> factory) {
        this.factory = factory;
    }

    @Override
    public void execute() {
        made = factory.get();
        made.execute();
    }

    @Override
    public void undo() {
        made.undo();
    }

    @Override
    public void redo() {
        made.redo();
    }

    @Override
    public EditLabel label() {
        return made == null ? EditLabel.of("change", "") : made.label();
    }
}

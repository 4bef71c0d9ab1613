package org.layerlab.core.edit;

import java.util.List;

/**
 * Several commands as one edit: executed in order, undone in reverse. When a part fails, the parts done
 * so far are undone in reverse before the failure goes on, so the composite is all or nothing.
 */
public final class CompositeCommand implements Command {
    private final EditLabel label;
    private final List<Command> parts;

    public CompositeCommand(EditLabel label, List<? extends Command> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one part");
        }
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public void execute() {
        run(false);
    }

    @Override
    public void redo() {
        run(true);
    }

    private void run(boolean again) {
        for (int i = 0; i < parts.size(); i++) {
            try {
                if (again) {
                    parts.get(i).redo();
                } else {
                    parts.get(i).execute();
                }
            } catch (RuntimeException e) {
                for (int j = i - 1; j >= 0; j--) {
                    parts.get(j).undo();
                }
                throw e;
            }
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public EditLabel label() {
        return label;
    }
}

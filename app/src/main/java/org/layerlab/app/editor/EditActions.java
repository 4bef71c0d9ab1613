package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.edit.DeleteLayers;
import org.layerlab.core.edit.DisconnectLayers;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.NodeId;

/** The Edit menu's work on the selection: undo, redo, delete, select all. */
public final class EditActions {
    private final EditorModel model;
    private final CopyPaste clipboard;

    public EditActions(EditorModel model) {
        this.model = model;
        this.clipboard = new CopyPaste(model);
    }

    /** "Undo Move dense_2", or plain "Undo" when there is nothing to undo. */
    public String undoText() {
        return model.commands().undoLabel().map(l -> model.text("menu.edit.undoWhat", l.text(model.locale())))
                .orElse(model.text("menu.edit.undo"));
    }

    public String redoText() {
        return model.commands().redoLabel().map(l -> model.text("menu.edit.redoWhat", l.text(model.locale())))
                .orElse(model.text("menu.edit.redo"));
    }

    public boolean hasNodeSelection() {
        return !model.selection().nodes().isEmpty();
    }

    public void copy() {
        if (hasNodeSelection()) {
            clipboard.copy(model.selection().nodes());
            model.showStatus(model.text("status.copied", model.selection().nodes().size()));
        }
    }

    public void cut() {
        if (hasNodeSelection()) {
            clipboard.copy(model.selection().nodes());
            delete();
        }
    }

    public boolean canPaste() {
        return clipboard.canPaste();
    }

    public void paste() {
        clipboard.paste();
    }

    public void duplicate() {
        if (hasNodeSelection()) {
            clipboard.duplicate(model.selection().nodes());
        }
    }

    public void undo() {
        String what = model.commands().undoLabel().map(l -> l.text(model.locale())).orElse(null);
        if (model.commands().undo()) {
            model.showStatus(model.text("status.undone", what));
        }
    }

    public void redo() {
        String what = model.commands().redoLabel().map(l -> l.text(model.locale())).orElse(null);
        if (model.commands().redo()) {
            model.showStatus(model.text("status.redone", what));
        }
    }

    public boolean canUndo() {
        return model.commands().canUndo();
    }

    public boolean canRedo() {
        return model.commands().canRedo();
    }

    /** Deletes the selected layers with their wires, or the selected wire. */
    public void delete() {
        Selection s = model.selection();
        if (!s.nodes().isEmpty()) {
            List<NodeId> ids = new ArrayList<>(s.nodes());
            model.execute(new DeleteLayers(model.graph(), ids));
        } else {
            s.wire().ifPresent(edge -> model.execute(new DisconnectLayers(model.graph(), edge)));
        }
    }

    public boolean hasSelection() {
        return !model.selection().isEmpty();
    }

    public void selectAll() {
        model.selection().selectNodes(model.graph().nodes().stream().map(GraphNode::id).toList());
    }
}

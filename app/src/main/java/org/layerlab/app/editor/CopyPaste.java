package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.layerlab.core.edit.LayerClipboard;
import org.layerlab.core.edit.PasteLayers;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.io.ModelFragment;
import org.layerlab.core.io.ModelReader;

/**
 * Copy and paste of layers: the window's own clipboard, and the system clipboard as Keras JSON, so layers
 * copied here paste into Python and a Keras model copied elsewhere pastes here. Each paste lands at the
 * nearest place where it covers no other card, so repeated pastes line up below the copy; pasted layers get
 * free names and are selected.
 */
final class CopyPaste {
    private final EditorModel model;
    private ModelFragment held;
    private String heldJson;

    CopyPaste(EditorModel model) {
        this.model = model;
    }

    void copy(Set<NodeId> nodes) {
        held = LayerClipboard.copy(model.graph(), nodes);
        heldJson = held.toJson();
        ClipboardContent content = new ClipboardContent();
        content.putString(heldJson);
        Clipboard.getSystemClipboard().setContent(content);
    }

    boolean canPaste() {
        return held != null || Clipboard.getSystemClipboard().hasString();
    }

    /** Pastes what was copied here, or else Keras JSON someone put on the system clipboard. */
    void paste() {
        Clipboard system = Clipboard.getSystemClipboard();
        String text = system.hasString() ? system.getString() : null;
        ModelFragment fragment = held;
        if (text != null && !text.equals(heldJson)) {
            try {
                fragment = new ModelReader(model.graph().registry()).readFragment("clipboard", text);
                held = fragment;
                heldJson = text;
            } catch (ModelFormatException e) {
                model.showStatus(model.text("clipboard.notKeras"));
                return;
            }
        }
        if (fragment == null) {
            return;
        }
        run(new PasteLayers(model.graph(), fragment, model.cards()));
    }

    /** Copies and pastes in one step, near the originals, leaving both clipboards alone. */
    void duplicate(Set<NodeId> nodes) {
        run(PasteLayers.duplicate(model.graph(), new ArrayList<>(nodes), model.cards()));
    }

    private void run(PasteLayers paste) {
        if (model.execute(paste)) {
            model.selection().selectNodes(paste.pasted());
        }
    }
}

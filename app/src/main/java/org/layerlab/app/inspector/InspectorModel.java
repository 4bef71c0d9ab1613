package org.layerlab.app.inspector;

import java.util.Optional;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.core.edit.ChangeConfig;
import org.layerlab.core.edit.RenameLayer;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.ParamSpec;

/** What the inspector may change and how: every change one command, names kept unique. */
final class InspectorModel {
    private final EditorModel editor;

    InspectorModel(EditorModel editor) {
        this.editor = editor;
    }

    EditorModel editor() {
        return editor;
    }

    /** Why the value may not be set, in one line; empty when it may. */
    Optional<String> problem(NodeId node, ParamSpec spec, Object value) {
        if (spec.name().equals("name")) {
            String name = value == null ? "" : value.toString().strip();
            if (name.isEmpty()) {
                return Optional.of(editor.text("inspector.nameBlank"));
            }
            boolean taken = editor.graph().find(name).filter(n -> !n.id().equals(node)).isPresent();
            return taken ? Optional.of(editor.text("inspector.nameTaken", name)) : Optional.empty();
        }
        return spec.problemWith(value).map(r -> r.text(editor.locale()));
    }

    /** Sets the value as one command, unless it has a problem; reports trained weights the change resets. */
    void commit(NodeId node, ParamSpec spec, Object value) {
        if (!editor.graph().contains(node) || problem(node, spec, value).isPresent()) {
            return;
        }
        if (spec.name().equals("name")) {
            editor.execute(new RenameLayer(editor.graph(), node, value.toString().strip()));
            return;
        }
        ChangeConfig change = ChangeConfig.setting(editor.graph(), node, spec.name(), value);
        if (editor.execute(change) && !change.droppedWeights().isEmpty()) {
            editor.showStatus(String.join("; ", change.droppedWeights()));
        }
    }
}

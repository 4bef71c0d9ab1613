package org.layerlab.app.inspector;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** A yes/no parameter; a click commits. */
final class CheckValueEditor implements ValueEditor {
    private final CheckBox box = new CheckBox();
    private Consumer<Object> commit = v -> {
    };
    private boolean showing;

    CheckValueEditor() {
        box.selectedProperty().addListener((o, a, selected) -> {
            if (!showing) {
                commit.accept(selected);
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        showing = true;
        box.setSelected(Boolean.TRUE.equals(value));
        showing = false;
    }

    @Override
    public void onTyped(Consumer<Typed> listener) {
        // A check box has no invalid state.
    }

    @Override
    public void onCommit(Consumer<Object> listener) {
        commit = listener;
    }
}

package org.layerlab.app.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;

/** One of a list of names (activations, dtypes, fixed choices): a choice commits at once. */
final class ChoiceValueEditor implements ValueEditor {
    private final ComboBox<String> box;
    private Consumer<Object> commit = v -> {
    };
    private boolean showing;

    ChoiceValueEditor(List<String> choices) {
        box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setVisibleRowCount(12);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, before, chosen) -> {
            if (!showing && chosen != null && !Objects.equals(before, chosen)) {
                commit.accept(chosen);
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
        String text = value == null ? null : value.toString();
        if (text != null && !box.getItems().contains(text)) {
            box.getItems().add(text);
        }
        box.setValue(text);
        showing = false;
    }

    @Override
    public void onTyped(Consumer<Typed> listener) {
        // Nothing is typed: every item is a valid value.
    }

    @Override
    public void onCommit(Consumer<Object> listener) {
        commit = listener;
    }
}

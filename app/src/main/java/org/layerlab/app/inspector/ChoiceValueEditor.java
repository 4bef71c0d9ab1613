package org.layerlab.app.inspector;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;

/** One of a list of names (activations, dtypes, fixed choices): a choice commits at once. */
final class ChoiceValueEditor extends AbstractValueEditor {
    private final ComboBox<String> box;

    ChoiceValueEditor(List<String> choices) {
        box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setVisibleRowCount(12);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, before, chosen) -> {
            if (chosen != null && !Objects.equals(before, chosen)) {
                commit(chosen);
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    protected void display(Object value) {
        String text = value == null ? null : value.toString();
        if (text != null && !box.getItems().contains(text)) {
            box.getItems().add(text);
        }
        box.setValue(text);
    }
}

package org.layerlab.app.inspector;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** A yes/no parameter; a click commits. */
final class CheckValueEditor extends AbstractValueEditor {
    private final CheckBox box = new CheckBox();

    CheckValueEditor() {
        box.selectedProperty().addListener((o, a, selected) -> commit(selected));
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    protected void display(Object value) {
        box.setSelected(Boolean.TRUE.equals(value));
    }
}

package org.layerlab.app.inspector;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field for names, shapes and integer lists: validated as typed, committed on Enter or when
 * focus leaves. Escape puts the model's value back.
 */
final class TextValueEditor extends AbstractValueEditor {
    private final TextField field = new TextField();
    private final Function<String, Typed> parse;
    private final Function<Object, String> format;

    TextValueEditor(Function<String, Typed> parse, Function<Object, String> format) {
        this.parse = parse;
        this.format = format;
        field.textProperty().addListener((o, a, text) -> typed(parse.apply(text)));
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(shown());
                typed(Typed.value(shown()));
                e.consume();
            }
        });
    }

    private void commitText() {
        Typed t = parse.apply(field.getText());
        if (t.parseProblem() == null && !Objects.equals(t.value(), shown())) {
            commit(t.value());
        }
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public boolean hasPendingEdit() {
        return !field.getText().equals(format.apply(shown()));
    }

    @Override
    protected void display(Object value) {
        field.setText(format.apply(value));
    }
}

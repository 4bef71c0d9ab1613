package org.layerlab.app.inspector;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.layerlab.app.inspector.ValueEditor.Typed;

/**
 * A text field for names, shapes and integer lists: validated as typed, committed on Enter or when
 * focus leaves. Escape puts the model's value back.
 */
final class TextValueEditor implements ValueEditor {
    private final TextField field = new TextField();
    private final Function<String, Typed> parse;
    private final Function<Object, String> format;
    private Consumer<Typed> typed = t -> {
    };
    private Consumer<Object> commit = v -> {
    };
    private Object shown;
    private boolean showing;

    TextValueEditor(Function<String, Typed> parse, Function<Object, String> format) {
        this.parse = parse;
        this.format = format;
        field.textProperty().addListener((o, a, text) -> {
            if (!showing) {
                typed.accept(parse.apply(text));
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                show(shown);
                typed.accept(Typed.value(shown));
                e.consume();
            }
        });
    }

    private void commitText() {
        Typed t = parse.apply(field.getText());
        if (t.parseProblem() == null && !Objects.equals(t.value(), shown)) {
            commit.accept(t.value());
        }
    }

    @Override
    public Node node() {
        return field;
    }

    @Override
    public void show(Object value) {
        shown = value;
        showing = true;
        field.setText(format.apply(value));
        showing = false;
    }

    @Override
    public void onTyped(Consumer<Typed> listener) {
        typed = listener;
    }

    @Override
    public void onCommit(Consumer<Object> listener) {
        commit = listener;
    }
}

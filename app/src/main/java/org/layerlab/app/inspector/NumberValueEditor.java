package org.layerlab.app.inspector;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.layerlab.core.layer.ParamSpec;

/**
 * A spinner for an integer or a number. Typed text is checked at every keystroke; the arrows, Enter and
 * leaving the field commit it. Out-of-range text is never committed: the message beside it says why.
 */
final class NumberValueEditor extends AbstractValueEditor {
    private final Spinner<Double> spinner = new Spinner<>();
    private final boolean integer;
    /** A value that may be None (a seed): shown as an empty field, and emptying the field sets None. */
    private final boolean nullable;

    NumberValueEditor(ParamSpec spec, boolean integer) {
        this.integer = integer;
        this.nullable = spec.nullable();
        double min = spec.min() == null ? -1e12 : spec.min();
        double max = spec.max() == null ? 1e12 : spec.max();
        double step = integer ? 1 : max <= 1 ? 0.05 : 0.1;
        SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, Math.max(min, 0), step);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : format(d);
            }

            @Override
            public Double fromString(String text) {
                Typed t = parse(text);
                return t.parseProblem() == null && t.value() != null ? ((Number) t.value()).doubleValue()
                        : values.getValue();
            }
        });
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        spinner.getEditor().textProperty().addListener((o, a, text) -> typed(parse(text)));
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                Object value = integer ? (Object) Math.round(v) : (Object) v;
                if (!Objects.equals(value, shown())) {
                    commit(value);
                }
            }
        });
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !committedNone()) {
                spinner.commitValue();
            }
        });
        // On the spinner: it takes the keys first and passes them to its text field.
        spinner.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && committedNone()) {
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                // Back to the layer's value, as the text fields do.
                show(shown());
                typed(Typed.value(shown()));
                e.consume();
            }
        });
        if (nullable) {
            spinner.getEditor().setPromptText("None");
        }
    }

    /** Commits None when the field may be None and is empty; the spinner itself cannot hold None. */
    private boolean committedNone() {
        if (!nullable || !isNone(spinner.getEditor().getText())) {
            return false;
        }
        if (shown() != null) {
            commit(null);
        }
        return true;
    }

    private static boolean isNone(String text) {
        return text.isBlank() || text.strip().equalsIgnoreCase("none");
    }

    private Typed parse(String text) {
        if (nullable && isNone(text)) {
            return Typed.value(null);
        }
        String t = text.strip();
        try {
            return integer ? Typed.value(Long.parseLong(t)) : Typed.value(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Typed.problem(integer ? "integer" : "number");
        }
    }

    private String format(double d) {
        return integer ? Long.toString(Math.round(d)) : Double.toString(d);
    }

    @Override
    public Node node() {
        return spinner;
    }

    @Override
    public boolean hasPendingEdit() {
        String committed = shown() instanceof Number n ? format(n.doubleValue()) : "";
        return !spinner.getEditor().getText().equals(committed);
    }

    @Override
    protected void display(Object value) {
        if (value == null && nullable) {
            spinner.getEditor().setText("");
        } else if (value instanceof Number n) {
            spinner.getValueFactory().setValue(n.doubleValue());
            spinner.getEditor().setText(format(n.doubleValue()));
        }
    }
}

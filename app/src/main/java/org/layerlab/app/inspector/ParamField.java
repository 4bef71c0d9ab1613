package org.layerlab.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.function.Activations;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.layer.ParamSpec;
import org.layerlab.core.shape.DType;

/** One parameter in the form: its name, the control for its kind, its help and, while wrong, why. */
final class ParamField extends VBox {
    private final ParamSpec spec;
    private final ValueEditor editor;
    private final Label problem = new Label();

    ParamField(ParamSpec spec, String help, NodeId node, InspectorModel model, Messages messages) {
        this.spec = spec;
        this.editor = editorFor(spec, messages);
        setId("param-" + spec.name());
        getStyleClass().add("param-field");
        Label name = new Label(spec.name());
        name.getStyleClass().add("param-name");
        Label helpLine = new Label(help);
        helpLine.getStyleClass().add("param-help");
        helpLine.setWrapText(true);
        problem.getStyleClass().add("param-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        editor.node().getStyleClass().add("param-editor");
        getChildren().addAll(name, editor.node(), problem);
        if (!help.isBlank()) {
            getChildren().add(helpLine);
        }
        editor.onTyped(typed -> {
            Optional<String> why = typed.parseProblem() != null
                    ? Optional.of(messages.text("inspector.notA." + typed.parseProblem(), spec.name()))
                    : model.problem(node, spec, typed.value());
            showProblem(why.orElse(null));
        });
        editor.onCommit(value -> {
            Optional<String> why = model.problem(node, spec, value);
            showProblem(why.orElse(null));
            if (why.isEmpty()) {
                model.commit(node, spec, value);
            }
        });
    }

    ParamSpec spec() {
        return spec;
    }

    /** True when the keyboard is in this field and what it holds is the model's value. */
    boolean isFocusedWithoutPendingEdit() {
        return isFocusWithin() && !editor.hasPendingEdit();
    }

    void show(Object value) {
        if (!editor.node().isFocused() && !isFocusWithin()) {
            editor.show(value);
            showProblem(null);
        }
    }

    /** The model's value, also while the field is focused: after an undo. */
    void showForced(Object value) {
        editor.show(value);
        showProblem(null);
    }

    private void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), message != null);
    }

    private static ValueEditor editorFor(ParamSpec spec, Messages messages) {
        return switch (spec.kind()) {
            case INTEGER -> new NumberValueEditor(spec, true);
            case FLOAT -> new NumberValueEditor(spec, false);
            case BOOLEAN -> new CheckValueEditor();
            case CHOICE -> new ChoiceValueEditor(spec.choices());
            case DTYPE -> new ChoiceValueEditor(dtypes());
            case ACTIVATION -> new ChoiceValueEditor(new ArrayList<>(Activations.names()));
            case INITIALIZER, REGULARIZER, CONSTRAINT -> new FunctionValueEditor(FunctionKind.of(spec.kind()),
                    spec.nullable(), messages.text("inspector.none"));
            case SHAPE, INTEGER_LIST -> new TextValueEditor(InspectorValues::parseList, InspectorValues::format);
            case STRING -> new TextValueEditor(ValueEditor.Typed::value, v -> v == null ? "" : v.toString());
        };
    }

    private static List<String> dtypes() {
        List<String> names = new ArrayList<>();
        for (DType t : DType.values()) {
            names.add(t.kerasName());
        }
        return names;
    }
}

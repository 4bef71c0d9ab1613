package org.layerlab.app.inspector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layerlab.core.config.Config;

/**
 * An initializer, regularizer or constraint: its name from a list, then its own settings (L1L2's
 * {@code l1} and {@code l2}, an initializer's {@code seed}). Settings typed for one choice come back
 * when the user picks another and returns.
 */
final class FunctionValueEditor extends AbstractValueEditor {
    private final FunctionKind kind;
    private final String none;
    private final ComboBox<String> names;
    private final GridPane settings = new GridPane();
    private final VBox box;
    private final Map<String, Config> remembered = new HashMap<>();
    private final List<TextField> fields = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private Config current;
    private boolean building;

    FunctionValueEditor(FunctionKind kind, boolean nullable, String noneText) {
        this.kind = kind;
        this.none = noneText;
        List<String> items = new ArrayList<>();
        if (nullable) {
            items.add(noneText);
        }
        items.addAll(kind.names());
        names = new ComboBox<>(FXCollections.observableArrayList(items));
        names.setMaxWidth(Double.MAX_VALUE);
        names.setVisibleRowCount(12);
        settings.setHgap(6);
        settings.setVgap(4);
        settings.getStyleClass().add("function-settings");
        box = new VBox(4, names, settings);
        names.valueProperty().addListener((o, before, chosen) -> {
            if (!building && chosen != null && !Objects.equals(before, chosen)) {
                choose(chosen);
            }
        });
    }

    private void choose(String name) {
        if (name.equals(none)) {
            current = null;
            buildSettings();
            commit(null);
            return;
        }
        Config chosen = kind.defaults(name);
        current = remembered.getOrDefault(chosen.getString("class_name", name), chosen);
        buildSettings();
        commit(current);
    }

    private void buildSettings() {
        settings.getChildren().clear();
        fields.clear();
        keys.clear();
        if (current == null) {
            return;
        }
        Config inner = current.getConfig("config");
        int row = 0;
        for (String key : inner == null ? List.<String>of() : inner.keys()) {
            Label label = new Label(key);
            label.getStyleClass().add("setting-name");
            TextField field = new TextField(InspectorValues.format(inner.get(key)));
            field.setPrefColumnCount(8);
            GridPane.setHgrow(field, Priority.ALWAYS);
            field.textProperty().addListener((o, a, text) -> {
                if (!building) {
                    typed(Typed.value(withSettings()));
                }
            });
            field.setOnAction(e -> commitSettings());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commitSettings();
                }
            });
            settings.addRow(row++, label, field);
            fields.add(field);
            keys.add(key);
        }
    }

    private Config withSettings() {
        Config.Builder inner = Config.builder();
        for (int i = 0; i < keys.size(); i++) {
            inner.put(keys.get(i), InspectorValues.parseLoose(fields.get(i).getText()));
        }
        return current.with("config", inner.build());
    }

    private void commitSettings() {
        if (current == null) {
            return;
        }
        Config next = withSettings();
        if (!next.equals(current)) {
            current = next;
            remembered.put(next.getString("class_name", ""), next);
            commit(next);
        }
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    protected void display(Object value) {
        building = true;
        current = value == null ? null : asConfig(value);
        if (current != null) {
            remembered.put(current.getString("class_name", ""), current);
        }
        String name = current == null ? none : snakeName(current.getString("class_name", ""));
        if (!names.getItems().contains(name)) {
            names.getItems().add(name);
        }
        names.setValue(name);
        buildSettings();
        building = false;
    }

    /** A name in the list stands for its class: the list shows snake_case names, as Keras resolves them. */
    private String snakeName(String className) {
        return kind.names().stream().filter(n -> kind.defaults(n).getString("class_name", "").equals(className))
                .findFirst().orElse(className);
    }

    private Config asConfig(Object value) {
        if (value instanceof Config c) {
            return c;
        }
        return kind.defaults(value.toString());
    }
}

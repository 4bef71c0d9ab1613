package org.layerlab.app.window;

import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.util.Subscription;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.io.Keras3JsonWriter;
import org.layerlab.core.io.ModelFormatException;
import org.layerlab.core.project.GraphExport;

/** The model as Keras 3's {@code model.to_json()} writes it, live, with a button that copies it. */
final class JsonView extends BorderPane {
    private final EditorModel model;
    private final Messages messages;
    private final TextArea text = new TextArea();
    private final Supplier<String> modelName;
    private boolean stale = true;
    private final Subscription listening;

    /** @param modelName the model's name in the JSON: the file's, or a default before it has one */
    JsonView(EditorModel model, Messages messages, Supplier<String> modelName) {
        this.model = model;
        this.messages = messages;
        this.modelName = modelName;
        text.setId("json");
        text.setEditable(false);
        text.getStyleClass().add("code-view");
        Button copy = new Button(messages.text("json.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId("copyJson");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(content);
            model.showStatus(messages.text("json.copied"));
        });
        HBox bar = new HBox(copy);
        bar.getStyleClass().add("json-bar");
        setCenter(text);
        setTop(bar);
        listening = model.addChangeListener(() -> {
            stale = true;
            if (isVisible() && getScene() != null) {
                refresh();
            }
        });
    }

    void stopListening() {
        listening.unsubscribe();
    }

    void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        if (model.graph().size() == 0) {
            text.setText("");
            return;
        }
        try {
            text.setText(new Keras3JsonWriter(model.graph().registry())
                    .toJson(GraphExport.describe(model.graph(), modelName.get(), Map.of()), modelName.get()));
        } catch (ModelFormatException | RuntimeException e) {
            text.setText(messages.text("json.unwritable", e.getMessage()));
        }
    }
}

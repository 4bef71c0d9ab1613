package org.layerlab.app.window;

import java.util.function.Supplier;
import javafx.scene.control.TextArea;
import javafx.util.Subscription;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.core.graph.Summary;

/**
 * The model as Keras's {@code model.summary()} prints it, the same text as {@code layerlab summary}; redrawn only
 * while it is shown.
 */
final class SummaryView extends TextArea {
    private final EditorModel model;
    private final Supplier<String> modelName;
    private boolean stale = true;
    private String shownName;
    private final Subscription listening;

    /** @param modelName the model's name for the {@code Model: "name"} line: the file's, or a default */
    SummaryView(EditorModel model, Supplier<String> modelName) {
        this.model = model;
        this.modelName = modelName;
        setId("summary");
        setEditable(false);
        getStyleClass().add("code-view");
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

    /** Redraws after an edit, or when a save gave the model a name without changing the graph. */
    void refresh() {
        String name = modelName.get();
        if (stale || !name.equals(shownName)) {
            setText(Summary.render(name, model.graph(), model.inference()));
            shownName = name;
            stale = false;
        }
    }
}

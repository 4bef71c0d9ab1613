package org.layerlab.app.window;

import javafx.scene.control.TextArea;
import javafx.util.Subscription;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.core.graph.Summary;

/** The model as Keras's {@code model.summary()} prints it; redrawn only while it is shown. */
final class SummaryView extends TextArea {
    private final EditorModel model;
    private boolean stale = true;
    private final Subscription listening;

    SummaryView(EditorModel model) {
        this.model = model;
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

    void refresh() {
        if (stale) {
            setText(Summary.render(model.graph(), model.inference()));
            stale = false;
        }
    }
}

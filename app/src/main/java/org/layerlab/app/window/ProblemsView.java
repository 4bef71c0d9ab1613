package org.layerlab.app.window;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.core.graph.Diagnostic;
import org.layerlab.core.graph.Severity;

/** Every problem shape inference found, layer by layer; choosing one selects its layer on the canvas. */
final class ProblemsView extends ListView<Diagnostic> {
    private final EditorModel model;
    private final Label placeholder = new Label();
    private final String none;
    private final String empty;
    private final Subscription listening;

    ProblemsView(EditorModel model, String none, String empty) {
        this.model = model;
        this.none = none;
        this.empty = empty;
        setId("problems");
        setPlaceholder(placeholder);
        setCellFactory(v -> new ProblemCell());
        getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> {
            if (chosen != null && model.graph().contains(chosen.node())) {
                model.selection().select(chosen.node());
            }
        });
        listening = model.addChangeListener(this::update);
        update();
    }

    void stopListening() {
        listening.unsubscribe();
    }

    private void update() {
        placeholder.setText(model.graph().size() == 0 ? empty : none);
        setItems(FXCollections.observableArrayList(model.inference().diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO).toList()));
    }

    private final class ProblemCell extends ListCell<Diagnostic> {
        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(d.severity() == Severity.ERROR ? "mdi2a-alert-circle" : "mdi2a-alert");
            icon.getStyleClass().add(d.severity() == Severity.ERROR ? "problem-error" : "problem-warning");
            String layer = model.graph().contains(d.node()) ? model.graph().node(d.node()).name() : "";
            Label where = new Label(layer);
            where.getStyleClass().add("problem-layer");
            Label message = new Label(d.message(model.locale()));
            message.setMinWidth(0);
            HBox row = new HBox(8, icon, where, message);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}

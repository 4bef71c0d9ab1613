package org.layerlab.app.window;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.i18n.Messages;

/** The bottom line: the latest message, then the model's total parameters and whether it is valid. */
final class StatusBar extends HBox {
    private final EditorModel model;
    private final Messages messages;
    private final Label params = new Label();
    private final Label validity = new Label();
    private final FontIcon validIcon = new FontIcon();
    private final Subscription listening;

    StatusBar(EditorModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        params.setId("totalParams");
        params.setMinWidth(Region.USE_PREF_SIZE);
        validity.setId("validity");
        validity.setGraphic(validIcon);
        validity.setMinWidth(Region.USE_PREF_SIZE);
        validIcon.setIconSize(14);
        getChildren().addAll(status, params, validity);
        listening = model.addChangeListener(this::update).and(status.textProperty()::unbind);
        update();
    }

    void stopListening() {
        listening.unsubscribe();
    }

    private void update() {
        params.setText(messages.text("status.totalParams", model.inference().totals().total()));
        long errors = model.layersWithErrors();
        boolean empty = model.graph().size() == 0;
        validity.setText(empty ? messages.text("status.emptyModel")
                : errors == 0 ? messages.text("status.valid") : messages.text("status.invalid", errors));
        validIcon.setIconLiteral(empty ? "mdi2c-checkbox-blank-circle-outline"
                : errors == 0 ? "mdi2c-check-circle" : "mdi2a-alert-circle");
        validity.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), errors > 0);
        validity.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), empty);
    }
}

package org.layerlab.app.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layerlab.app.i18n.Messages;

/** The list of layer types on the left of the main window: each name with its help line. */
public final class PaletteView extends VBox {
    public PaletteView(Messages messages, List<PaletteEntry> entries) {
        getStyleClass().add("palette");
        Label heading = new Label(messages.text("palette.title"));
        heading.getStyleClass().add("palette-title");
        ListView<PaletteEntry> list = new ListView<>(FXCollections.observableList(entries));
        list.setId("palette");
        list.setCellFactory(v -> new EntryCell(messages));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    private static final class EntryCell extends ListCell<PaletteEntry> {
        private final Messages messages;
        private final Label name = new Label();
        private final Label help = new Label();
        private final VBox content = new VBox(2, name, help);
        private final Tooltip tooltip = new Tooltip();

        EntryCell(Messages messages) {
            this.messages = messages;
            getStyleClass().add("palette-cell");
            name.getStyleClass().add("layer-name");
            help.getStyleClass().add("layer-help");
            help.setWrapText(true);
            // Without this the cell asks for its unwrapped width and the list scrolls sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(entry.className());
            help.setText(entry.help());
            tooltip.setText(messages.text("palette.tooltip", entry.className(), entry.help()));
            setGraphic(content);
            setTooltip(tooltip);
        }
    }
}

package org.layerlab.app.editor;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;

/**
 * A searchable list of layer types at a point of the canvas: type to filter, Enter or a click adds the
 * chosen type there, wired to the output it was opened from (then only the types that fit are listed).
 */
final class QuickAdd extends VBox {
    private static final double WIDTH = 300;
    private static final double HEIGHT = 280;

    private final GraphCanvas canvas;
    private final TextField filter = new TextField();
    private final ListView<PaletteEntry> list = new ListView<>();
    private FilteredList<PaletteEntry> filtered;
    private SortedList<PaletteEntry> sorted;
    private Point at;
    private NodeId from;
    private double screenX;
    private double screenY;

    QuickAdd(GraphCanvas canvas) {
        this.canvas = canvas;
        setId("quickAdd");
        getStyleClass().add("quick-add");
        setManaged(false);
        setVisible(false);
        filter.setId("quickAddFilter");
        filter.setPromptText(canvas.model().text("quickAdd.prompt"));
        list.setId("quickAddList");
        list.setCellFactory(v -> new ChoiceCell());
        list.setPrefHeight(HEIGHT);
        getChildren().addAll(filter, list);
        filter.textProperty().addListener((o, a, text) -> applyFilter(text));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        // Presses inside the list must not start canvas gestures.
        addEventHandler(javafx.scene.input.MouseEvent.ANY, javafx.event.Event::consume);
    }

    /** Opens at a canvas point; {@code source} is the output to wire from, or {@code null}. */
    void open(Point point, NodeId source) {
        at = point;
        from = source;
        List<PaletteEntry> choices = canvas.model().quickAddChoices(source);
        if (choices.isEmpty()) {
            canvas.model().showStatus(canvas.model().text("quickAdd.nothingFits"));
            return;
        }
        filtered = new FilteredList<>(FXCollections.observableArrayList(choices));
        sorted = new SortedList<>(filtered);
        list.setItems(sorted);
        filter.clear();
        applyFilter("");
        Point screen = canvas.viewport().toScreen(point);
        screenX = screen.x();
        screenY = screen.y();
        if (getParent() == null) {
            canvas.getChildren().add(this);
        }
        setVisible(true);
        toFront();
        canvas.requestLayout();
        filter.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    void close() {
        if (isVisible()) {
            setVisible(false);
            canvas.requestFocus();
        }
    }

    /** Kept inside the canvas, however near an edge it was opened. */
    void layoutIn(double width, double height) {
        if (!isVisible()) {
            return;
        }
        double h = Math.min(HEIGHT + 40, prefHeight(WIDTH));
        double x = Math.max(4, Math.min(screenX, width - WIDTH - 4));
        double y = Math.max(4, Math.min(screenY, height - h - 4));
        resizeRelocate(Math.round(x), Math.round(y), WIDTH, h);
    }

    private void applyFilter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(entry -> needle.isEmpty()
                || entry.className().toLowerCase(Locale.ROOT).contains(needle)
                || entry.description().toLowerCase(Locale.ROOT).contains(needle));
        // Types whose name holds the text come before those whose description does: "Activation" adds
        // Activation, not Dense, whose description mentions activation.
        sorted.setComparator(java.util.Comparator.comparingInt(entry -> rank(entry, needle)));
        list.getSelectionModel().selectFirst();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> close();
            case ENTER -> {
                PaletteEntry chosen = list.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    choose(chosen);
                }
            }
            case DOWN, UP -> {
                if (e.getTarget() == filter) {
                    int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
                    int next = Math.max(0, Math.min(list.getItems().size() - 1,
                            list.getSelectionModel().getSelectedIndex() + step));
                    list.getSelectionModel().select(next);
                    list.scrollTo(next);
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int rank(PaletteEntry entry, String needle) {
        String name = entry.className().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? 0 : name.startsWith(needle) ? 0 : name.contains(needle) ? 1 : 2;
    }

    private void choose(PaletteEntry entry) {
        close();
        canvas.model().addLayer(entry.className(), at, from);
    }

    private static final class ChoiceCell extends ListCell<PaletteEntry> {
        private final Label name = new Label();
        private final Label description = new Label();
        private final HBox row = new HBox(8);

        ChoiceCell() {
            getStyleClass().add("quick-add-cell");
            name.getStyleClass().add("layer-name");
            description.getStyleClass().add("layer-help");
            // The name is what the user picks by: the description gives way to it.
            name.setMinWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            name.setText(entry.className());
            description.setText(entry.description());
            row.getChildren().setAll(LayerIcons.icon(entry.icon(), 16), name, description);
            setGraphic(row);
        }
    }
}

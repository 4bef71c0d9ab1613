package org.layerlab.app.editor;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.layerlab.core.graph.GraphNode;

/** Ctrl+F: type part of a layer's name, Enter selects it and brings it into view. */
final class FindLayer extends VBox {
    private static final double WIDTH = 260;

    private final GraphCanvas canvas;
    private final TextField query = new TextField();
    private final ListView<String> names = new ListView<>();

    FindLayer(GraphCanvas canvas) {
        this.canvas = canvas;
        setId("findLayer");
        getStyleClass().add("quick-add");
        setManaged(false);
        setVisible(false);
        query.setId("findLayerQuery");
        query.setPromptText(canvas.model().text("find.prompt"));
        names.setPrefHeight(200);
        getChildren().addAll(query, names);
        query.textProperty().addListener((o, a, text) -> filter(text));
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> close();
                case ENTER -> choose();
                case DOWN -> names.getSelectionModel().selectNext();
                case UP -> names.getSelectionModel().selectPrevious();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        names.setOnMouseClicked(e -> choose());
        addEventHandler(MouseEvent.ANY, javafx.event.Event::consume);
    }

    void open() {
        names.setItems(new FilteredList<>(FXCollections.observableArrayList(
                canvas.model().graph().nodes().stream().map(GraphNode::name).sorted().toList())));
        query.clear();
        filter("");
        if (getParent() == null) {
            canvas.getChildren().add(this);
        }
        setVisible(true);
        toFront();
        resizeRelocate(Math.round((canvas.getWidth() - WIDTH) / 2), 16, WIDTH, 240);
        query.requestFocus();
    }

    void close() {
        setVisible(false);
        canvas.requestFocus();
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        ((FilteredList<String>) names.getItems()).setPredicate(n -> n.toLowerCase(Locale.ROOT).contains(needle));
        names.getSelectionModel().selectFirst();
    }

    private void choose() {
        String name = names.getSelectionModel().getSelectedItem();
        close();
        if (name != null) {
            canvas.model().graph().find(name).ifPresent(n -> {
                canvas.model().selection().select(n.id());
                canvas.centreOn(n.id());
            });
        }
    }
}

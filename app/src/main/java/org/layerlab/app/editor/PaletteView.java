package org.layerlab.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.i18n.Messages;

/**
 * The layer types on the left of the window, by group, each with icon and one-line description, and
 * a filter box. Dragging an entry (press, drag, release) onto the canvas adds the layer where it is
 * dropped; a double-click adds it beside the model.
 */
public final class PaletteView extends VBox {
    private static final double DRAG_SLOP = 4;

    /** Where a dragged entry can go. */
    public interface DropTarget {
        /** Adds a layer of the class at the scene point; false when the point is not on the canvas. */
        boolean drop(String className, double sceneX, double sceneY);

        /** Adds a layer of the class beside the model. */
        void add(String className);
    }

    private final TextField filter = new TextField();
    private final VBox rows = new VBox();
    private final List<Row> entries = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();
    /** Said in place of the entries when the filter hides them all, so an empty panel is never unexplained. */
    private final Label noMatch = new Label();
    private final Messages messages;
    private final DropTarget target;
    private final Pane overlay;

    private record Row(PaletteEntry entry, HBox view, Label header) {
    }

    public PaletteView(Messages messages, List<PaletteEntry> palette, DropTarget target, Pane overlay) {
        this.target = target;
        this.overlay = overlay;
        this.messages = messages;
        getStyleClass().add("palette");
        Label heading = new Label(messages.text("palette.title"));
        heading.getStyleClass().add("palette-title");
        filter.setId("paletteFilter");
        filter.setPromptText(messages.text("palette.filter"));
        filter.textProperty().addListener((o, a, text) -> applyFilter(text));
        rows.getStyleClass().add("palette-rows");
        noMatch.setId("paletteNoMatch");
        noMatch.getStyleClass().add("palette-no-match");
        noMatch.setWrapText(true);
        noMatch.setVisible(false);
        noMatch.setManaged(false);
        rows.getChildren().add(noMatch);
        String group = null;
        Label header = null;
        for (PaletteEntry e : palette) {
            if (!e.group().equals(group)) {
                group = e.group();
                header = new Label(group);
                header.getStyleClass().add("palette-group");
                headers.add(header);
                rows.getChildren().add(header);
            }
            HBox view = row(messages, e);
            entries.add(new Row(e, view, header));
            rows.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, filter, scroll);
    }

    private HBox row(Messages messages, PaletteEntry e) {
        FontIcon icon = LayerIcons.icon(e.icon(), 18);
        icon.getStyleClass().add("palette-icon");
        Label name = new Label(e.className());
        name.getStyleClass().add("layer-name");
        Label help = new Label(e.description());
        help.getStyleClass().add("layer-help");
        help.setWrapText(true);
        VBox text = new VBox(1, name, help);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox view = new HBox(10, icon, text);
        view.setAlignment(Pos.CENTER_LEFT);
        view.setId("palette-" + e.className());
        view.getStyleClass().add("palette-cell");
        Tooltip tip = new Tooltip(messages.text("palette.tooltip", e.className(), e.description()));
        tip.setShowDelay(Duration.millis(500));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(view, tip);
        new EntryDrag(e, view);
        return view;
    }

    private void applyFilter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        for (Row r : entries) {
            boolean shown = needle.isEmpty() || r.entry().className().toLowerCase(Locale.ROOT).contains(needle)
                    || r.entry().description().toLowerCase(Locale.ROOT).contains(needle);
            r.view().setVisible(shown);
            r.view().setManaged(shown);
        }
        for (Label h : headers) {
            boolean any = entries.stream().anyMatch(r -> r.header() == h && r.view().isVisible());
            h.setVisible(any);
            h.setManaged(any);
        }
        boolean none = entries.stream().noneMatch(r -> r.view().isVisible());
        noMatch.setText(none ? messages.text("palette.noMatch", text.strip()) : "");
        noMatch.setVisible(none);
        noMatch.setManaged(none);
    }

    /** Press-drag-release from one entry: a ghost follows the pointer; the release drops it. */
    private final class EntryDrag {
        private final PaletteEntry entry;
        private Label ghost;
        private double pressX;
        private double pressY;

        EntryDrag(PaletteEntry entry, HBox view) {
            this.entry = entry;
            view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    target.add(entry.className());
                }
            });
        }

        private void pressed(MouseEvent e) {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        }

        private void dragged(MouseEvent e) {
            if (ghost == null && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < DRAG_SLOP) {
                return;
            }
            if (ghost == null) {
                ghost = new Label(entry.className(), LayerIcons.icon(entry.icon(), 16));
                ghost.getStyleClass().add("palette-ghost");
                ghost.setMouseTransparent(true);
                overlay.getChildren().add(ghost);
            }
            javafx.geometry.Point2D at = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.relocate(at.getX() + 8, at.getY() + 8);
        }

        private void released(MouseEvent e) {
            if (ghost == null) {
                return;
            }
            overlay.getChildren().remove(ghost);
            ghost = null;
            target.drop(entry.className(), e.getSceneX(), e.getSceneY());
        }
    }
}

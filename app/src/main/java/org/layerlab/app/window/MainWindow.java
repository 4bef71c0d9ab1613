package org.layerlab.app.window;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.layerlab.app.about.AboutDialog;
import org.layerlab.app.editor.DesignCanvas;
import org.layerlab.app.editor.PaletteView;
import org.layerlab.app.i18n.Messages;

/** The main window: menu bar, layer palette, design canvas and status bar over a {@link MainWindowModel}. */
public final class MainWindow {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final MainWindowModel model;
    private final Messages messages;

    public MainWindow(MainWindowModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public void show(Stage stage) {
        BorderPane root = new BorderPane();
        root.setTop(menuBar(stage));
        root.setLeft(new PaletteView(messages, model.palette()));
        root.setCenter(new DesignCanvas(messages.text("canvas.hint")));
        root.setBottom(statusBar());

        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("layerlab.css").toExternalForm());
        stage.setTitle(messages.text("app.title"));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setScene(scene);
        stage.show();
    }

    private MenuBar menuBar(Stage stage) {
        // Quit goes through the close request, like the window's close button, so both behave the same.
        MenuItem quit = item("menu.file.quit", "Shortcut+Q");
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu(messages.text("menu.file"), null, quit);
        file.setId("fileMenu");

        MenuItem about = item("menu.help.about", null);
        about.setOnAction(e -> new AboutDialog(stage, messages, model.version(), model.datasetCredits()).show());
        Menu help = new Menu(messages.text("menu.help"), null, about);
        help.setId("helpMenu");

        return new MenuBar(file, help);
    }

    private MenuItem item(String key, String accelerator) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}

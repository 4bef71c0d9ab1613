package org.layerlab.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.window.MainWindow;
import org.layerlab.app.window.MainWindowModel;

/** The JavaFX application: loads what the main window shows, then shows it. */
public final class LayerLabApp extends Application {
    private Messages messages;
    private MainWindowModel model;

    /** Runs on the JavaFX launcher thread, so reading the layer types never holds up the FX thread. */
    @Override
    public void init() {
        messages = Messages.load(Messages.UI_BUNDLE);
        model = MainWindowModel.load(messages);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(model, messages).show(stage);
    }
}

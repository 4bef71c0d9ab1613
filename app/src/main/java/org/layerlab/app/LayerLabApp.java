package org.layerlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import java.util.Locale;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.settings.AppHome;
import org.layerlab.app.settings.Settings;
import org.layerlab.app.project.FxDialogs;
import org.layerlab.app.window.MainWindow;
import org.layerlab.app.window.MainWindowModel;

/** The JavaFX application: loads what the main window shows, then shows it, with the file named on the command line. */
public final class LayerLabApp extends Application {
    private Messages messages;
    private MainWindowModel model;
    private ExecutorService background;

    /** Runs on the JavaFX launcher thread, so reading the layer types never holds up the FX thread. */
    @Override
    public void init() {
        MainWindow.useTheme();
        StartupWarmUp.start();
        messages = Messages.load(Messages.UI_BUNDLE);
        // A language chosen in the Settings menu wins over the system's.
        Settings.in(AppHome.folder()).get(Settings.LANGUAGE).map(Locale::forLanguageTag).ifPresent(messages::switchTo);
        model = MainWindowModel.load(messages);
    }

    @Override
    public void start(Stage stage) {
        // One worker, as a daemon, so opening or exporting never keeps the program alive after the window.
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "layerlab-files");
            t.setDaemon(true);
            return t;
        });
        MainWindow window = new MainWindow(model, messages);
        window.show(stage, owner -> new FxDialogs(owner, messages), background);
        StartupProbe.watch(stage);
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}

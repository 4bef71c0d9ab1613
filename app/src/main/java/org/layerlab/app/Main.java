package org.layerlab.app;

import java.util.Optional;
import javafx.application.Application;
import org.layerlab.app.cli.LayerLabCommand;

/**
 * The {@code layerlab} program. Kept apart from {@link LayerLabApp} because a main class that extends
 * {@link Application} refuses to start when JavaFX is on the class path instead of the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<String> file = WindowArguments.fileToOpen(args);
        if (file.isPresent()) {
            Application.launch(LayerLabApp.class, file.get());
            System.exit(0);
        }
        System.exit(LayerLabCommand.run(() -> Application.launch(LayerLabApp.class), args));
    }
}

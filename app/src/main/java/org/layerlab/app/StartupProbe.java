package org.layerlab.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark only: with {@code -Dlayerlab.startupProbe=true} the app prints how long after
 * the JVM started its window was up and taking input, then quits.
 */
final class StartupProbe {
    static final String PROPERTY = "layerlab.startupProbe";
    static final String LINE = "layerlab: window ready after ";

    private StartupProbe() {
    }

    static void watch(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // Posted behind the first layout and paint of the shown window: when it runs, input is taken.
        Platform.runLater(() -> Platform.runLater(() -> {
            System.out.println(LINE + ManagementFactory.getRuntimeMXBean().getUptime() + " ms (JVM uptime)");
            System.out.flush();
            stage.close();
            Platform.exit();
        }));
    }
}

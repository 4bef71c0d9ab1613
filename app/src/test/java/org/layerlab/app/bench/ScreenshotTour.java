package org.layerlab.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.app.settings.Settings;
import org.layerlab.app.window.MainWindow;
import org.layerlab.app.window.MainWindowModel;
import org.layerlab.core.edit.ChangeConfig;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.config.Config;

/**
 * Takes the README's and the docs' screenshots of the real window on an X display: the empty editor, a
 * six-layer model with shapes on its wires, a wire refused while it is dragged, a layer with an error
 * badge, the inspector, and the Chinese UI, also with a refused wire and the reasons in Chinese. The model
 * is built through the window's own view-model; the refused wire is dragged with the mouse. Shots are taken
 * with ImageMagick's {@code import}.
 *
 * <pre>xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=ScreenshotTour</pre>
 */
public final class ScreenshotTour {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;

    private final Path folder;

    private ScreenshotTour(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("layerlab.target", "app/target")).toAbsolutePath();
        Path folder = target.getParent().getParent().resolve("docs/screenshots");
        Files.createDirectories(folder);
        Platform.startup(() -> {
        });
        Platform.setImplicitExit(false);
        try {
            new ScreenshotTour(folder).run();
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private record Shown(Stage stage, MainWindow window, EditorModel model) {
    }

    private void run() throws Exception {
        Shown english = fx(() -> show(Locale.ROOT));
        pause(1500);
        shoot("editor-empty.png");

        Map<String, NodeId> ids = fx(() -> sixLayers(english.model()));
        pause(500);
        fx(() -> {
            english.window().canvas().zoomToFit();
            english.model().selection().clear();
            return null;
        });
        pause(800);
        shoot("model-with-shapes.png");

        refusedWire(english, "wire-refused.png");

        fx(() -> english.model().execute(ChangeConfig.setting(english.model().graph(), ids.get("dropout"), "rate", 1.2)));
        fx(() -> {
            english.model().showStatus("");
            english.model().selection().clear();
            english.window().canvas().zoomToFit();
            return null;
        });
        pause(800);
        shoot("error-badge.png");
        fx(() -> english.model().commands().undo());

        fx(() -> {
            english.model().execute(ChangeConfig.setting(english.model().graph(), ids.get("hidden"),
                    "kernel_regularizer", Config.of(Map.of("class_name", "L1L2",
                            "config", Config.of(Map.of("l1", 0.001, "l2", 0.01))))));
            english.model().selection().select(ids.get("hidden"));
            english.model().showStatus("");
            return null;
        });
        pause(500);
        fx(() -> {
            // The regularizer with its own settings, further down the form.
            ((javafx.scene.control.ScrollPane) english.stage().getScene().lookup(".inspector-scroll")).setVvalue(0.62);
            return null;
        });
        pause(800);
        shoot("inspector.png");
        fx(() -> {
            english.stage().close();
            return null;
        });

        Shown chinese = fx(() -> show(Locale.SIMPLIFIED_CHINESE));
        Map<String, NodeId> zh = fx(() -> sixLayers(chinese.model()));
        fx(() -> {
            chinese.window().canvas().zoomToFit();
            chinese.model().selection().select(zh.get("hidden"));
            return null;
        });
        pause(1500);
        shoot("chinese-ui.png");
        fx(() -> {
            chinese.model().selection().clear();
            return null;
        });
        refusedWire(chinese, "chinese-reasons.png");
        fx(() -> {
            chinese.stage().close();
            return null;
        });

        Shown example = fx(() -> show(Locale.ROOT));
        fx(() -> {
            example.window().files().openExample(ExampleModel.TWO_BRANCH);
            return null;
        });
        pause(800);
        fx(() -> {
            example.window().canvas().zoomToFit();
            example.model().selection().select(example.model().graph().find("joined").orElseThrow().id());
            return null;
        });
        pause(1000);
        shoot("example-two-branch.png");

        fx(() -> {
            example.model().selection().clear();
            return null;
        });
        fx(() -> {
            Robot keys = new Robot();
            example.window().canvas().requestFocus();
            keys.keyPress(javafx.scene.input.KeyCode.F5);
            keys.keyRelease(javafx.scene.input.KeyCode.F5);
            return null;
        });
        pause(1000);
        shoot("presentation-mode.png");
        fx(() -> {
            example.stage().close();
            return null;
        });

        Path big = BigModels.write(Files.createTempDirectory("layerlab-tour"), 12, 25);
        Shown large = fx(() -> show(Locale.ROOT));
        fx(() -> {
            large.window().open(big);
            return null;
        });
        pause(1000);
        fx(() -> {
            large.window().canvas().zoomToFit();
            return null;
        });
        pause(1000);
        shoot("big-model-zoomed-out.png");
        fx(() -> {
            large.window().canvas().zoomBy(6);
            return null;
        });
        pause(1000);
        shoot("big-model-zoomed-in.png");
        fx(() -> {
            large.stage().close();
            return null;
        });

        dark = true;
        Shown darkWindow = fx(() -> show(Locale.ROOT));
        Map<String, NodeId> darkIds = fx(() -> sixLayers(darkWindow.model()));
        fx(() -> {
            darkWindow.window().canvas().zoomToFit();
            darkWindow.model().selection().select(darkIds.get("hidden"));
            darkWindow.model().showStatus("");
            return null;
        });
        pause(1500);
        shoot("dark-theme.png");
    }

    /**
     * A rank-1 input and a Dense below the model, a wire dragged from one to the other and shot while the
     * pointer is on the refusing port (the hint, the status bar, the Problems tab), then all of it undone.
     */
    private void refusedWire(Shown shown, String shot) throws Exception {
        EditorModel model = shown.model();
        GraphCanvas canvas = shown.window().canvas();
        NodeId tokens = fx(() -> model.addLayer("InputLayer", new Point(40, 420), null).orElseThrow());
        fx(() -> model.execute(ChangeConfig.setting(model.graph(), tokens, "batch_shape",
                java.util.Arrays.asList((Object) null))));
        NodeId head = fx(() -> model.addLayer("Dense", new Point(300, 420), null).orElseThrow());
        fx(() -> {
            model.selection().clear();
            canvas.zoomToFit();
            return null;
        });
        pause(600);
        Robot robot = fx(Robot::new);
        Point2D from = fx(() -> screen(canvas, canvas.nodeView(tokens).orElseThrow().geometry().outPort()));
        Point2D to = fx(() -> screen(canvas, canvas.nodeView(head).orElseThrow().geometry().inPort(0)));
        drag(robot, from, to);
        pause(600);
        shoot(shot);
        fx(() -> {
            robot.mouseRelease(MouseButton.PRIMARY);
            return null;
        });
        pause(300);
        fx(() -> {
            model.commands().undo();
            model.commands().undo();
            model.commands().undo();
            return null;
        });
    }

    private boolean dark;

    private Shown show(Locale locale) {
        Messages messages = Messages.load(Messages.UI_BUNDLE, locale);
        MainWindowModel model = MainWindowModel.load(messages);
        Path home;
        try {
            home = Files.createTempDirectory("layerlab-tour-home");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (dark) {
            Settings.in(home).set(Settings.THEME, "dark");
        }
        MainWindow window = new MainWindow(model, messages, home);
        Stage stage = new Stage();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        window.show(stage, owner -> new SilentDialogs(), Runnable::run);
        stage.setX(0);
        stage.setY(0);
        return new Shown(stage, window, model.editor());
    }

    /** Input (None, 8), Dense 64 relu, Dropout 0.3, Dense 32 relu, Scale, Dense 3 softmax, in two rows. */
    private static Map<String, NodeId> sixLayers(EditorModel model) {
        NodeId input = add(model, "InputLayer", 20, 40, Map.of("name", "features", "batch_shape",
                java.util.Arrays.asList(null, 8L)));
        NodeId hidden = add(model, "Dense", 300, 40, Map.of("name", "hidden", "units", 64L, "activation", "relu"));
        NodeId dropout = add(model, "Dropout", 580, 40, Map.of("name", "dropout", "rate", 0.3));
        NodeId second = add(model, "Dense", 20, 240, Map.of("name", "hidden_2", "units", 32L, "activation", "relu"));
        NodeId scale = add(model, "Scale", 300, 240, Map.of("name", "scale"));
        NodeId output = add(model, "Dense", 580, 240, Map.of("name", "species", "units", 3L, "activation", "softmax"));
        model.connect(input, hidden, 0);
        model.connect(hidden, dropout, 0);
        model.connect(dropout, second, 0);
        model.connect(second, scale, 0);
        model.connect(scale, output, 0);
        return Map.of("features", input, "hidden", hidden, "dropout", dropout, "hidden_2", second, "scale", scale,
                "species", output);
    }

    private static NodeId add(EditorModel model, String className, double x, double y, Map<String, Object> settings) {
        NodeId id = model.addLayer(className, new Point(x, y), null).orElseThrow();
        Config config = model.graph().node(id).config();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            config = config.with(e.getKey(), e.getValue());
        }
        model.execute(new ChangeConfig(model.graph(), id, config));
        return id;
    }

    private static Point2D screen(GraphCanvas canvas, Point p) {
        Point local = canvas.viewport().toScreen(p);
        return canvas.localToScreen(local.x(), local.y());
    }

    private static void drag(Robot robot, Point2D from, Point2D to) throws Exception {
        fx(() -> {
            robot.mouseMove(from);
            robot.mousePress(MouseButton.PRIMARY);
            return null;
        });
        for (int i = 1; i <= 12; i++) {
            double t = i / 12.0;
            Point2D at = new Point2D(from.getX() + (to.getX() - from.getX()) * t, from.getY() + (to.getY() - from.getY()) * t);
            fx(() -> {
                robot.mouseMove(at);
                return null;
            });
            pause(40);
        }
    }

    private void shoot(String name) throws IOException, InterruptedException {
        Path png = folder.resolve(name);
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", (int) WIDTH + "x" + (int) HEIGHT + "+0+0",
                "+repage", png.toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("import could not take " + png);
        }
        System.out.println("wrote " + png);
    }

    private static <T> T fx(Supplier<T> action) throws Exception {
        return OnFxThread.call(action, 30);
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}

package org.layerlab.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.editor.NodeView;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.ProjectFiles;
import org.layerlab.app.window.MainWindow;
import org.layerlab.app.window.MainWindowModel;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Frame intervals of the canvas on big models, in the real window (1600x1000) on an X display with the
 * software pipeline: the 95th percentile of {@link AnimationTimer} pulse deltas over 5 s while one node is
 * dragged and while the view is panned, at 300 and 1,000 nodes, every node in view (zoom to fit); and the
 * time to open and lay out a 1,000-layer model. Prints numbers; asserts nothing.
 *
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=CanvasFrameBenchmark</pre>
 */
public final class CanvasFrameBenchmark {
    private static final long MEASURE_NANOS = 5_000_000_000L;

    public static void main(String[] args) throws Exception {
        System.setProperty("prism.order", "sw");
        Path folder = Files.createTempDirectory("layerlab-bench");
        Path model300 = BigModels.write(folder, 12, 25);
        Path model1000 = BigModels.write(folder, 40, 25);
        System.out.printf(Locale.ROOT, "models: %s (301 layers), %s (1001 layers)%n", model300, model1000);

        ProjectFiles files = new ProjectFiles(LayerRegistry.withInstalledLayers());
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            var opened = files.open(model1000);
            System.out.printf(Locale.ROOT, "read and lay out 1001 layers (run %d): %.0f ms (%d layers)%n", i + 1,
                    (System.nanoTime() - start) / 1e6, opened.graph().size());
        }

        Platform.startup(() -> {
        });
        Platform.setImplicitExit(false);
        try {
            System.out.println("(a first run of the 301-layer model warms the JIT up; its numbers come first)");
            for (Path model : List.of(model300, model300, model1000)) {
                measure(model, folder);
            }
            measureFloor(folder);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static void measure(Path model, Path home) throws Exception {
        Messages messages = Messages.load(Messages.UI_BUNDLE, Locale.ROOT);
        MainWindowModel windowModel = MainWindowModel.load(messages);
        MainWindow window = new MainWindow(windowModel, messages, home);
        Stage stage = fx(() -> show(window));
        Thread.sleep(1000);
        long start = System.nanoTime();
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        fx(() -> {
            window.open(model);
            window.canvas().zoomToFit();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    firstFrame.complete(System.nanoTime());
                }
            }.start();
            return null;
        });
        long shown = firstFrame.get(60, TimeUnit.SECONDS);
        int layers = fx(() -> windowModel.editor().graph().size());
        System.out.printf(Locale.ROOT, "%d layers: open, lay out and show in the window: %.0f ms%n", layers,
                (shown - start) / 1e6);
        fx(() -> {
            window.canvas().zoomToFit();
            return null;
        });
        Thread.sleep(1500);
        GraphCanvas canvas = window.canvas();
        double scale = fx(() -> canvas.viewport().scale());
        System.out.printf(Locale.ROOT, "%d layers: zoom to fit %.3f (%s)%n", layers, scale,
                scale < 0.3 ? "plain boxes on one canvas" : "node views");

        gestures(windowModel, canvas, layers, "");
        // Nearer, the node views with their text, only those in or near the view.
        String middle = middleNode(layers);
        fx(() -> {
            NodeView v = node(canvas, middle);
            Point p = canvas.viewport().toScreen(v.geometry().centre());
            canvas.viewport().zoomAt(0.6 / canvas.viewport().scale(), p.x(), p.y());
            return null;
        });
        Thread.sleep(1500);
        gestures(windowModel, canvas, layers, " at zoom 0.6 (node views)");
        fx(() -> {
            stage.close();
            return null;
        });
    }

    /** Drags the middle node, then pans from the canvas's corner, 5 s each, and puts both back. */
    private static void gestures(MainWindowModel windowModel, GraphCanvas canvas, int layers, String where)
            throws Exception {
        Robot robot = fx(Robot::new);
        var before = fx(() -> canvas.viewport().state());
        // Drag: the node in the middle of the model, by its header.
        Point2D grab = fx(() -> {
            NodeView middle = node(canvas, middleNode(layers));
            Point p = canvas.viewport().toScreen(new Point(middle.geometry().x() + 60, middle.geometry().y() + 12));
            return canvas.localToScreen(p.x(), p.y());
        });
        report(layers, "dragging one node" + where, intervals(robot, grab, MouseButton.PRIMARY));
        fx(() -> {
            windowModel.editor().commands().undo();
            canvas.viewport().restore(before);
            return null;
        });
        Thread.sleep(800);
        // Pan: the middle button on the canvas's top left corner, away from the nodes.
        Point2D empty = fx(() -> canvas.localToScreen(12, 12));
        report(layers, "panning" + where, intervals(robot, empty, MouseButton.MIDDLE));
        fx(() -> {
            canvas.viewport().restore(before);
            return null;
        });
        Thread.sleep(800);
    }

    private static String middleNode(int layers) {
        return "dense_" + (layers > 500 ? 20 : 6) + "_12";
    }

    private static NodeView node(GraphCanvas canvas, String name) {
        return canvas.nodeViews().stream().filter(v -> v.face().name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The floor set by the display and the software pipeline, not by the canvas: the empty window while the
     * pointer moves over it with no button pressed, and while it drags on one small canvas that redraws each
     * pulse.
     */
    private static void measureFloor(Path home) throws Exception {
        Messages messages = Messages.load(Messages.UI_BUNDLE, Locale.ROOT);
        MainWindow window = new MainWindow(MainWindowModel.load(messages), messages, home);
        Stage stage = fx(() -> show(window));
        Thread.sleep(1500);
        Robot robot = fx(Robot::new);
        Point2D middle = fx(() -> window.canvas().localToScreen(300, 300));
        report(0, "empty window, pointer moving (the floor)", intervals(robot, middle, null));
        report(0, "empty window, panning the grid", intervals(robot, middle, MouseButton.MIDDLE));
        fx(() -> {
            stage.close();
            return null;
        });
    }

    /** Presses at {@code at}, moves in a circle a little every pulse for 5 s, releases; the pulse deltas. */
    private static List<Double> intervals(Robot robot, Point2D at, MouseButton button) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        fx(() -> {
            robot.mouseMove(at);
            if (button != null) {
                robot.mousePress(button);
            }
            new AnimationTimer() {
                private final List<Double> deltas = new ArrayList<>();
                private long first = -1;
                private long last = -1;

                @Override
                public void handle(long now) {
                    if (first < 0) {
                        first = now;
                    } else {
                        deltas.add((now - last) / 1e6);
                    }
                    last = now;
                    double angle = (now - first) / 1e9 * 2 * Math.PI;
                    robot.mouseMove(at.getX() + 120 * Math.sin(angle), at.getY() + 80 * (1 - Math.cos(angle)));
                    if (now - first >= MEASURE_NANOS) {
                        stop();
                        if (button != null) {
                            robot.mouseRelease(button);
                        }
                        done.complete(deltas);
                    }
                }
            }.start();
            return null;
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static void report(int layers, String what, List<Double> deltas) {
        List<Double> sorted = new ArrayList<>(deltas);
        Collections.sort(sorted);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%d layers, %s: %d frames in 5 s, median %.1f ms, 95th percentile %.1f ms, "
                + "worst %.1f ms%n", layers, what, deltas.size() + 1, median, p95, sorted.get(sorted.size() - 1));
    }

    /** The window at the top left of the screen, 1600x1000. */
    private static Stage show(MainWindow window) {
        Stage s = new Stage();
        s.setX(0);
        s.setY(0);
        s.setWidth(1600);
        s.setHeight(1000);
        window.show(s, owner -> new SilentDialogs(), Runnable::run);
        return s;
    }

    private static <T> T fx(Supplier<T> action) throws Exception {
        return OnFxThread.call(action, 60);
    }
}

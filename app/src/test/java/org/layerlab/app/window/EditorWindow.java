package org.layerlab.app.window;

import java.util.Locale;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.editor.NodeView;
import org.layerlab.app.editor.WireView;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window under test, with scripted dialogs, and the mouse moves a user makes on it. */
final class EditorWindow {
    final Messages messages = Messages.load(Messages.UI_BUNDLE, Locale.ROOT);
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final MainWindow window;
    final EditorModel model;

    final java.nio.file.Path home;

    private EditorWindow(Stage stage, java.nio.file.Path home, boolean acceptRecovery) {
        this.home = home;
        dialogs.acceptRecovery = acceptRecovery;
        MainWindowModel windowModel = MainWindowModel.load(messages);
        window = new MainWindow(windowModel, messages, home);
        // Files are read on the FX thread in tests, so each step ends in a known state.
        window.show(stage, owner -> dialogs, Runnable::run);
        model = windowModel.editor();
    }

    /** A window with settings and recovery file of its own, as on a first start. */
    static EditorWindow start(Stage stage) {
        try {
            return new EditorWindow(stage, java.nio.file.Files.createTempDirectory("layerlab-home"), false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A window started with {@code home} as its settings folder, answering the recovery offer as told. */
    static EditorWindow start(Stage stage, java.nio.file.Path home, boolean acceptRecovery) {
        return new EditorWindow(stage, home, acceptRecovery);
    }

    GraphCanvas canvas() {
        return window.canvas();
    }

    /** The screen point of a canvas point. */
    Point2D screen(Point canvasPoint) {
        Point local = canvas().viewport().toScreen(canvasPoint);
        return canvas().localToScreen(local.x(), local.y());
    }

    /** Drags a palette entry to a canvas point with the mouse and returns the layer it added. */
    NodeId dragFromPalette(FxRobot robot, String className, double canvasX, double canvasY) {
        Set<NodeId> before = ids();
        // With every installed layer type the palette is longer than the window: filtered, the entry shows.
        javafx.scene.control.TextField filter = robot.lookup("#paletteFilter").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> filter.setText(className));
        robot.drag("#palette-" + className, MouseButton.PRIMARY).moveTo(screen(new Point(canvasX, canvasY)))
                .drop();
        robot.interact(() -> filter.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        Set<NodeId> after = new java.util.HashSet<>(ids());
        after.removeAll(before);
        if (after.size() != 1) {
            throw new AssertionError("dropping " + className + " added " + after.size() + " layers");
        }
        return after.iterator().next();
    }

    /** Drags from the output port of one layer to an input port of another. */
    void wire(FxRobot robot, NodeId from, NodeId to, int port) {
        dragWire(robot, from, screen(view(to).geometry().inPort(port)));
    }

    /** Drags from the output port of a layer to a screen point. */
    void dragWire(FxRobot robot, NodeId from, Point2D to) {
        robot.moveTo(screen(view(from).geometry().outPort())).press(MouseButton.PRIMARY).moveTo(to)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    NodeView view(NodeId id) {
        return canvas().nodeView(id).orElseThrow(() -> new AssertionError("no view of node " + id));
    }

    /** The label of the wire between two layers, as drawn. */
    String wireLabel(NodeId from, NodeId to) {
        return canvas().wireViews().stream().filter(w -> w.edge().from().equals(from) && w.edge().to().equals(to))
                .map(WireView::labelText).findFirst()
                .orElseThrow(() -> new AssertionError("no wire from " + from + " to " + to));
    }

    /** Each layer whose card, as drawn, lies over another's card or error note, hiding its text or badges. */
    java.util.List<String> overlappingCards() {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> found = new java.util.ArrayList<>();
        for (var node : model.graph().nodes()) {
            for (var other : model.graph().nodes()) {
                if (node == other) {
                    continue;
                }
                var card = view(node.id()).geometry().card();
                if (card.overlaps(view(other.id()).geometry().card())
                        || view(other.id()).problemNote().filter(card::overlaps).isPresent()) {
                    found.add(node.name() + " over " + other.name());
                }
            }
        }
        return found;
    }

    boolean hasWire(NodeId from, NodeId to) {
        return model.graph().edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to));
    }

    Set<NodeId> ids() {
        return Set.copyOf(model.graph().nodes().stream().map(n -> n.id()).toList());
    }

    Set<Edge> edges() {
        return Set.copyOf(model.graph().edges());
    }

    String status(FxRobot robot) {
        return robot.lookup("#status").queryLabeled().getText();
    }

    /** File &gt; Examples &gt; the example, with the mouse, along the submenu first so it stays open. */
    void openExample(FxRobot robot, org.layerlab.app.project.ExampleModel example) {
        robot.clickOn(ActionControls.shown(messages.text("menu.file")));
        robot.clickOn(ActionControls.shown(messages.text("menu.file.examples")));
        robot.clickOn(ActionControls.shown(messages.text(example.textKey())), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

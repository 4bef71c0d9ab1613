package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.CanvasPosition;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user builds and edits a model with the mouse and the keyboard on the real window. */
@ExtendWith(ApplicationExtension.class)
class EditorGesturesTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    @Test
    void layersDraggedFromThePaletteAndWiredShowTheirShapesOnEveryWire(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 40 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 280 + 86, 40 + 14);
        NodeId dropout = editor.dragFromPalette(robot, "Dropout", 520 + 86, 40 + 14);
        NodeId activation = editor.dragFromPalette(robot, "Activation", 40 + 86, 240 + 14);
        NodeId scale = editor.dragFromPalette(robot, "Scale", 280 + 86, 240 + 14);

        editor.wire(robot, input, dense, 0);
        editor.wire(robot, dense, dropout, 0);
        editor.wire(robot, dropout, activation, 0);
        assertThat(editor.hasWire(dropout, activation)).as(editor.status(robot)).isTrue();
        editor.wire(robot, activation, scale, 0);

        assertThat(editor.wireLabel(input, dense)).isEqualTo("(None, 4)");
        assertThat(editor.wireLabel(dense, dropout)).isEqualTo("(None, 32)");
        assertThat(editor.wireLabel(dropout, activation)).isEqualTo("(None, 32)");
        assertThat(editor.wireLabel(activation, scale)).isEqualTo("(None, 32)");
        assertThat(editor.view(scale).face().shape()).isEqualTo("(None, 32)");
        assertThat(editor.model.graph().position(dense)).contains(new CanvasPosition(280, 40));
        // Dense 4*32+32, Scale gamma and beta 2*32.
        assertThat(robot.lookup("#totalParams").queryLabeled().getText()).isEqualTo("Total params: 224");
        assertThat(robot.lookup("#validity").queryLabeled().getText()).isEqualTo("Valid");
    }

    @Test
    void aWireTheInputSpecRefusesIsNotMadeAndTheStatusBarSaysWhy(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        // A rank-1 input, which Dense (min_ndim=2) refuses: typed into the inspector.
        robot.clickOn("#param-batch_shape .text-field").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write("(None,)").type(KeyCode.ENTER);
        assertThat(editor.view(input).face().shape()).isEqualTo("(None,)");
        NodeId dense = editor.dragFromPalette(robot, "Dense", 340 + 86, 60 + 14);

        robot.moveTo(editor.screen(editor.view(input).geometry().outPort())).press(MouseButton.PRIMARY)
                .moveTo(editor.screen(editor.view(dense).geometry().inPort(0)));
        Set<Node> refused = robot.lookup(".in-port").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("refused"))).queryAll();
        String reasonShown = robot.lookup(".port-reason").queryLabeled().getText();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(refused).hasSize(1);
        assertThat(reasonShown).contains("expected min_ndim=2, found ndim=1");
        assertThat(editor.hasWire(input, dense)).isFalse();
        assertThat(editor.status(robot)).startsWith("Wire refused: ")
                .contains("Input 0 of layer \"dense\" is incompatible with the layer: expected min_ndim=2, found ndim=1");
    }

    @Test
    void editingUnitsInTheInspectorUpdatesTheShapesDownstream(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        NodeId dropout = editor.dragFromPalette(robot, "Dropout", 560 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        editor.wire(robot, dense, dropout, 0);

        robot.clickOn(editor.view(dense));
        robot.clickOn("#param-units .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("64").type(KeyCode.ENTER);

        assertThat(editor.wireLabel(dense, dropout)).isEqualTo("(None, 64)");
        assertThat(editor.view(dropout).face().shape()).isEqualTo("(None, 64)");
        assertThat(editor.view(dense).face().params()).isEqualTo("320 parameters");
        assertThat(editor.model.commands().undoLabel().orElseThrow().text(java.util.Locale.ROOT))
                .isEqualTo("Change units of dense");
    }

    @Test
    void theSummaryAndJsonTabsShowTheModelLiveAndTheProblemsTabSelectsALayer(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.canvas());

        robot.clickOn("Problems");
        javafx.scene.Node problem = robot.lookup("#problems .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).query();
        robot.clickOn(problem);
        assertThat(editor.model.selection().nodes()).containsExactly(dense);

        editor.wire(robot, input, dense, 0);
        robot.clickOn("Summary");
        assertThat(robot.lookup("#summary").queryTextInputControl().getText())
                .contains("dense (Dense)", "(None, 32)", "Total params: 160");
        robot.clickOn("Keras JSON");
        assertThat(robot.lookup("#json").queryTextInputControl().getText()).contains("\"Dense\"", "\"units\" : 32");
        robot.clickOn("#copyJson");
        assertThat(editor.status(robot)).isEqualTo("Keras JSON copied to the clipboard.");
    }

    @Test
    void typingAnInvalidValueSaysWhyNextToTheFieldAndChangesNothing(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));
        long revision = editor.model.commands().revision();

        robot.clickOn("#param-units .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0");

        assertThat(robot.lookup("#param-units .param-problem").queryLabeled().getText())
                .isEqualTo("units must be in [1, inf), got 0");
        assertThat(editor.model.commands().revision()).isEqualTo(revision);
    }

    @Test
    void aWireReleasedOnEmptyCanvasOffersTheTypesThatFitAndAddsTheChosenOneWired(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);

        editor.dragWire(robot, input, editor.screen(new Point(420, 120)));
        assertThat(robot.lookup("#quickAdd").query().isVisible()).isTrue();
        assertThat(robot.lookup("#quickAddList").queryListView().getItems()).extracting("className")
                .contains("Dense", "Dropout", "Activation", "Scale").doesNotContain("InputLayer");
        robot.write("Dense").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        NodeId dense = editor.model.graph().find("dense").orElseThrow().id();
        assertThat(editor.hasWire(input, dense)).isTrue();
        assertThat(editor.wireLabel(input, dense)).isEqualTo("(None, 4)");
        assertThat(editor.view(dense).face().shape()).isEqualTo("(None, 32)");
    }

    @Test
    void selectAllDeleteAndUndoBringTheModelBack(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        Set<NodeId> ids = editor.ids();
        Set<Edge> edges = editor.edges();
        Map<NodeId, CanvasPosition> positions = editor.model.graph().positions();

        robot.clickOn(editor.canvas(), MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(editor.model.selection().nodes()).isEqualTo(ids);
        robot.type(KeyCode.DELETE);
        assertThat(editor.model.graph().size()).isZero();
        assertThat(editor.canvas().nodeViews()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(editor.ids()).isEqualTo(ids);
        assertThat(editor.edges()).isEqualTo(edges);
        assertThat(editor.model.graph().positions()).isEqualTo(positions);
        assertThat(editor.wireLabel(input, dense)).isEqualTo("(None, 4)");
    }
}

package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.editor.WireView;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Canvas gestures beyond building a chain: insert on a wire, marquee, zoom, and a very large model. */
@ExtendWith(ApplicationExtension.class)
class EditorCanvasTest {
    @TempDir
    Path folder;
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    @Test
    void aLayerDroppedOnAWireIsInsertedIntoIt(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 460 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        WireView wire = editor.canvas().wireViews().iterator().next();
        Point middle = wire.geometry().middle();

        NodeId dropout = editor.dragFromPalette(robot, "Dropout", middle.x(), middle.y());

        assertThat(editor.hasWire(input, dense)).isFalse();
        assertThat(editor.wireLabel(input, dropout)).isEqualTo("(None, 4)");
        assertThat(editor.wireLabel(dropout, dense)).isEqualTo("(None, 4)");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.hasWire(input, dense)).isTrue();
        assertThat(editor.model.graph().contains(dropout)).isFalse();
    }

    @Test
    void aLayerDroppedOnAWireBetweenCloseLayersMakesRoomAndOneUndoPutsAllBack(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 260 + 86, 60 + 14);
        NodeId next = editor.dragFromPalette(robot, "Dense", 520 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        editor.wire(robot, dense, next, 0);
        var before = java.util.Map.copyOf(editor.model.graph().positions());
        WireView wire = editor.canvas().wireViews().stream().filter(w -> w.edge().to().equals(dense)).findFirst()
                .orElseThrow();
        Point middle = wire.geometry().middle();

        NodeId dropout = editor.dragFromPalette(robot, "Dropout", middle.x(), middle.y());

        assertThat(editor.hasWire(input, dropout)).isTrue();
        assertThat(editor.hasWire(dropout, dense)).isTrue();
        assertThat(editor.overlappingCards()).isEmpty();
        assertThat(editor.model.graph().position(next).orElseThrow().x()).as("pushed along with the layer it follows")
                .isGreaterThan(before.get(next).x());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.model.graph().contains(dropout)).isFalse();
        assertThat(editor.hasWire(input, dense)).isTrue();
        assertThat(editor.model.graph().positions()).isEqualTo(before);
    }

    @Test
    void aMergeLayerTakesTwoWiresAndOffersAPortForOneMore(FxRobot robot) {
        NodeId a = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 40 + 14);
        NodeId b = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 240 + 14);
        NodeId add = editor.dragFromPalette(robot, "Add", 340 + 86, 140 + 14);
        assertThat(editor.view(add).inPortCount()).isEqualTo(2);

        editor.wire(robot, a, add, 0);
        editor.wire(robot, b, add, 1);

        assertThat(editor.wireLabel(a, add)).isEqualTo("(None, 4)");
        assertThat(editor.wireLabel(b, add)).isEqualTo("(None, 4)");
        assertThat(editor.view(add).face().shape()).isEqualTo("(None, 4)");
        assertThat(editor.view(add).inPortCount()).isEqualTo(3);
    }

    @Test
    void aMarqueeSelectsTheLayersItTouchesAndDeleteRemovesThemAsOneEdit(FxRobot robot) {
        NodeId a = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId b = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        NodeId c = editor.dragFromPalette(robot, "Dense", 300 + 86, 300 + 14);

        robot.drag(editor.screen(new Point(20, 30)), MouseButton.PRIMARY)
                .moveTo(editor.screen(new Point(360, 120))).drop();

        assertThat(editor.model.selection().nodes()).containsExactlyInAnyOrder(a, b);
        robot.type(KeyCode.DELETE);
        assertThat(editor.ids()).containsExactly(c);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.ids()).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void aClickedWireIsSelectedAndDeleteUnwiresIt(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 400 + 86, 160 + 14);
        editor.wire(robot, input, dense, 0);
        WireView wire = editor.canvas().wireViews().iterator().next();

        robot.clickOn(editor.screen(wire.geometry().segments().get(0).at(0.25)));
        assertThat(editor.model.selection().wire()).contains(wire.edge());
        robot.type(KeyCode.DELETE);

        assertThat(editor.hasWire(input, dense)).isFalse();
        assertThat(editor.view(dense).face().problem()).contains("has no input");
        assertThat(editor.model.commands().undoLabel().orElseThrow().text(java.util.Locale.ROOT))
                .isEqualTo("Disconnect input_layer from dense");
    }

    @Test
    void tabOpensTheQuickAddAndMiddleDragPansTheView(FxRobot robot) {
        robot.clickOn(editor.canvas());
        robot.type(KeyCode.TAB);
        robot.write("Drop").type(KeyCode.ENTER);
        assertThat(editor.model.graph().find("dropout")).isPresent();

        double before = editor.canvas().viewport().offsetXProperty().get();
        robot.drag(editor.screen(new Point(600, 400)), MouseButton.MIDDLE)
                .moveTo(editor.screen(new Point(700, 400))).drop();
        assertThat(editor.canvas().viewport().offsetXProperty().get() - before).isCloseTo(100, within(2.0));
    }

    @Test
    void theQuickAddListPutsTypesNamedLikeTheTextFirst(FxRobot robot) {
        robot.clickOn(editor.canvas());
        robot.type(KeyCode.TAB);
        // Dense's description mentions its activation too.
        robot.write("Activation").type(KeyCode.ENTER);

        assertThat(editor.model.graph().find("activation")).isPresent();
        assertThat(editor.model.graph().find("dense")).isEmpty();
    }

    @Test
    void theNumberPadsPlusAndMinusZoomWithCtrl(FxRobot robot) {
        robot.clickOn(editor.canvas());
        double before = editor.canvas().viewport().scale();

        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        assertThat(editor.canvas().viewport().scale()).isCloseTo(before * 1.25, within(1e-9));
        robot.press(KeyCode.CONTROL, KeyCode.SUBTRACT).release(KeyCode.SUBTRACT, KeyCode.CONTROL);
        assertThat(editor.canvas().viewport().scale()).isCloseTo(before, within(1e-9));
    }

    @Test
    void whatTheStatusBarSaidAboutAnUndoGoesWithTheNextEdit(FxRobot robot) {
        editor.dragFromPalette(robot, "Dense", 300 + 86, 100 + 14);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        String undone = editor.status(robot);
        assertThat(undone).isNotEmpty();

        editor.dragFromPalette(robot, "Dropout", 300 + 86, 300 + 14);

        assertThat(editor.status(robot)).isEmpty();
    }

    @Test
    void theWheelZoomsTowardsThePointer(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 100 + 14);
        Point corner = new Point(300, 100);
        Point2D before = editor.screen(corner);

        robot.moveTo(before).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.canvas().viewport().scale()).isNotEqualTo(1.0);
        Point2D after = editor.screen(corner);
        assertThat(after.distance(before)).isLessThan(2.0);
        assertThat(editor.model.graph().contains(dense)).isTrue();
    }

    @Test
    void aModelOverTheTrainingBudgetOpensAndSaysSo(FxRobot robot) throws Exception {
        StringBuilder layers = new StringBuilder("{\"class_name\": \"InputLayer\", \"config\": {\"name\": \"in\", "
                + "\"batch_input_shape\": [null, 6000]}}");
        int[] units = {4000, 750, 4000, 6000};
        for (int i = 0; i < units.length; i++) {
            layers.append(", {\"class_name\": \"Dense\", \"config\": {\"name\": \"d").append(i)
                    .append("\", \"units\": ").append(units[i]).append("}}");
        }
        Path file = folder.resolve("autoencoder.json");
        Files.writeString(file, "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"autoencoder\", \"layers\": ["
                + layers + "]}}");

        robot.interact(() -> editor.window.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.canvas().nodeViews()).hasSize(5);
        assertThat(robot.lookup("#totalParams").queryLabeled().getText()).isEqualTo("Total params: 54,014,750");
        assertThat(editor.status(robot)).contains("autoencoder.json", "over the budget of 50,000,000 for training");
        assertThat(editor.dialogs.errors).isEmpty();
    }
}

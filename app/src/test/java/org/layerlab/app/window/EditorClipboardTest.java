package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.core.graph.CanvasPosition;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Copy, paste, duplicate and find, from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class EditorClipboardTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    private void keys(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void copiedLayersPasteUnderNewNamesWithTheirWireAndBelowTheOriginals(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        robot.clickOn(editor.canvas());
        keys(robot, KeyCode.A);

        keys(robot, KeyCode.C);
        keys(robot, KeyCode.V);

        assertThat(editor.model.graph().size()).isEqualTo(4);
        NodeId pastedInput = editor.model.graph().find("input_layer_1").orElseThrow().id();
        NodeId pastedDense = editor.model.graph().find("dense_1").orElseThrow().id();
        assertThat(editor.model.selection().nodes()).containsExactlyInAnyOrder(pastedInput, pastedDense);
        assertThat(editor.wireLabel(pastedInput, pastedDense)).isEqualTo("(None, 4)");
        CanvasPosition original = editor.model.graph().position(dense).orElseThrow();
        CanvasPosition copy = editor.model.graph().position(pastedDense).orElseThrow();
        assertThat(copy.x()).isEqualTo(original.x());
        assertThat(copy.y()).isGreaterThan(original.y());
        assertThat(editor.overlappingCards()).isEmpty();

        keys(robot, KeyCode.Z);
        assertThat(editor.model.graph().size()).isEqualTo(2);
    }

    @Test
    void duplicatingAndPastingTwiceCoversNoCard(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        editor.dragFromPalette(robot, "Dropout", 300 + 86, 180 + 14);
        editor.wire(robot, input, dense, 0);
        robot.interact(() -> editor.model.selection().selectNodes(java.util.List.of(input, dense)));

        keys(robot, KeyCode.D);
        keys(robot, KeyCode.D);
        assertThat(editor.model.graph().size()).isEqualTo(7);
        assertThat(editor.overlappingCards()).isEmpty();

        robot.interact(() -> editor.model.selection().selectNodes(java.util.List.of(input, dense)));
        keys(robot, KeyCode.C);
        keys(robot, KeyCode.V);
        keys(robot, KeyCode.V);
        assertThat(editor.model.graph().size()).isEqualTo(11);
        assertThat(editor.overlappingCards()).isEmpty();

        keys(robot, KeyCode.Z);
        assertThat(editor.model.graph().size()).isEqualTo(9);
    }

    @Test
    void duplicateCopiesTheSelectionInOneStepAndFindSelectsALayerByName(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);

        keys(robot, KeyCode.D);
        assertThat(editor.model.graph().find("dense_1")).isPresent();

        keys(robot, KeyCode.F);
        robot.write("dense").type(KeyCode.ENTER);
        assertThat(editor.model.selection().nodes()).containsExactly(dense);
    }
}

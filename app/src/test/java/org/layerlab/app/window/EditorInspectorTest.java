package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.core.config.Config;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The inspector's form: renames stay unique, and a regularizer's own settings survive switching it off and on. */
@ExtendWith(ApplicationExtension.class)
class EditorInspectorTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    private void choose(FxRobot robot, String param, String item) {
        // The field is below the fold of the form: scrolled to, as a user would.
        robot.interact(() -> ((ScrollPane) robot.lookup(".inspector-scroll").query()).setVvalue(0.6));
        robot.clickOn("#param-" + param + " .combo-box");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryLabeled());
    }

    @Test
    void aRegularizersSettingsSurviveSwitchingItOffAndOn(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));

        choose(robot, "kernel_regularizer", "l1l2");
        TextField l1 = robot.lookup("#param-kernel_regularizer .function-settings .text-field").query();
        robot.clickOn(l1).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0.5")
                .type(KeyCode.ENTER);
        assertThat(regularizer(dense).getConfig("config").get("l1")).isEqualTo(0.5);
        choose(robot, "kernel_regularizer", "None");
        assertThat(editor.model.graph().node(dense).config().get("kernel_regularizer")).isNull();
        choose(robot, "kernel_regularizer", "l1l2");

        assertThat(regularizer(dense).getConfig("config").get("l1")).isEqualTo(0.5);
        TextField shown = robot.lookup("#param-kernel_regularizer .function-settings .text-field").query();
        assertThat(shown.getText()).isEqualTo("0.5");
    }

    @Test
    void aNameInUseIsRefusedBesideTheFieldAndTheLayerKeepsItsName(FxRobot robot) {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);

        robot.clickOn("#param-name .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("input_layer");

        assertThat(robot.lookup("#param-name .param-problem").queryLabeled().getText())
                .isEqualTo("The model already has a layer named “input_layer”.");
        robot.type(KeyCode.ENTER);
        assertThat(editor.model.graph().node(dense).name()).isEqualTo("dense");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("hidden").type(KeyCode.ENTER);
        assertThat(editor.model.graph().node(dense).name()).isEqualTo("hidden");
        assertThat(editor.view(dense).face().name()).isEqualTo("hidden");
    }

    @Test
    void deleteAndSelectAllInAFieldEditTheTextNotTheModel(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);

        robot.clickOn("#param-name .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.DELETE).write("head").type(KeyCode.ENTER);

        assertThat(editor.model.graph().contains(dense)).isTrue();
        assertThat(editor.model.graph().node(dense).name()).isEqualTo("head");
        assertThat(editor.model.selection().nodes()).containsExactly(dense);
    }

    @Test
    void aSeedThatIsNoneShowsEmptyTakesANumberAndGoesBackToNone(FxRobot robot) {
        NodeId dropout = editor.dragFromPalette(robot, "Dropout", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dropout));
        TextField seed = robot.lookup("#param-seed .text-field").query();
        assertThat(editor.model.graph().node(dropout).config().get("seed")).isNull();
        assertThat(seed.getText()).as("None, not 0").isEmpty();

        robot.clickOn(seed).write("7").type(KeyCode.ENTER);
        assertThat(editor.model.graph().node(dropout).config().get("seed")).isEqualTo(7L);

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.DELETE)
                .type(KeyCode.ENTER);
        assertThat(editor.model.graph().node(dropout).config().get("seed")).isNull();
        assertThat(seed.getText()).isEmpty();
    }

    @Test
    void escapeInANumberFieldPutsBackTheLayersValue(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));
        TextField units = robot.lookup("#param-units .text-field").query();
        String before = units.getText();

        robot.clickOn(units).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("abc")
                .type(KeyCode.ESCAPE);

        assertThat(units.getText()).isEqualTo(before);
        assertThat(robot.lookup("#param-units .param-problem").queryLabeled().getText()).isEmpty();
        assertThat(editor.model.graph().node(dense).config().get("units")).isEqualTo(Long.parseLong(before));
    }

    @Test
    void anUnwiredLayerIsSaidToHaveUnknownParametersAsOnItsCard(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));

        assertThat(robot.lookup(".inspector-facts").queryLabeled().getText())
                .isEqualTo(editor.messages.text("inspector.factsUnknown"));
        assertThat(editor.view(dense).face().params()).isEqualTo(editor.messages.text("node.paramsUnknown"));
    }

    @Test
    void ctrlZInAFieldAfterItsValueWasCommittedUndoesTheEdit(FxRobot robot) {
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));
        TextField units = robot.lookup("#param-units .text-field").query();
        Object before = editor.model.graph().node(dense).config().get("units");

        robot.clickOn(units).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("64")
                .type(KeyCode.ENTER);
        assertThat(editor.model.graph().node(dense).config().get("units")).isEqualTo(64L);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(editor.model.graph().node(dense).config().get("units")).isEqualTo(before);
        assertThat(units.getText()).isEqualTo(String.valueOf(before));
        assertThat(editor.model.graph().contains(dense)).as("only the edit of units is undone").isTrue();
    }

    private Config regularizer(NodeId dense) {
        return (Config) editor.model.graph().node(dense).config().get("kernel_regularizer");
    }
}

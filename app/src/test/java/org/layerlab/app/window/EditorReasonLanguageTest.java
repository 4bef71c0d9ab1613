package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With the window in Chinese, the engine's reasons are in Chinese too, Keras's terms and shapes kept. */
@ExtendWith(ApplicationExtension.class)
class EditorReasonLanguageTest {
    private static final String REFUSED = "层 \"dense\" 的输入 0 与该层不兼容：期望 min_ndim=2，实际 ndim=1。收到的完整形状：(None,)";
    private static final String UNWIRED = "层 \"dense\" 没有输入：请把一个层连接到它";

    private final Messages chinese = Messages.load(Messages.UI_BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    @Test
    void aRefusedWireAndAnUnwiredLayerAreSaidInChinese(FxRobot robot) {
        robot.interact(() -> editor.window.switchLanguage(SettingsMenu.CHINESE));
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        // A rank-1 input, which Dense (min_ndim=2) refuses.
        robot.clickOn("#param-batch_shape .text-field").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write("(None,)").type(KeyCode.ENTER);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 340 + 86, 60 + 14);

        robot.moveTo(editor.screen(editor.view(input).geometry().outPort())).press(MouseButton.PRIMARY)
                .moveTo(editor.screen(editor.view(dense).geometry().inPort(0)));
        // The text drawn in the hint, not only the label's: the label sits in the canvas's unmanaged content.
        String hint = robot.from(robot.lookup(".port-reason").queryLabeled()).lookup(".text").queryText().getText();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.hasWire(input, dense)).isFalse();
        assertThat(hint).as("the hint beside the port while the wire is dragged").isEqualTo(REFUSED);
        assertThat(editor.status(robot)).isEqualTo(chinese.text("status.wireRefused", REFUSED));
        assertThat(robot.from(editor.view(dense)).lookup(".node-problem").queryAs(Label.class).getText())
                .as("the problem on the layer's card").isEqualTo(UNWIRED);

        robot.clickOn(chinese.text("tab.problems"));
        assertThat(robot.lookup("#problems .list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .queryAllAs(ListCell.class)).singleElement()
                .satisfies(cell -> assertThat(robot.from(cell.getGraphic()).lookup(".label").queryAllAs(Label.class))
                        .extracting(Label::getText).containsExactly("dense", UNWIRED));
    }

    @Test
    void aValueOutOfRangeIsSaidInChineseNextToTheField(FxRobot robot) {
        robot.interact(() -> editor.window.switchLanguage(SettingsMenu.CHINESE));
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 60 + 14);
        robot.clickOn(editor.view(dense));

        robot.clickOn("#param-units .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0");

        assertThat(robot.lookup("#param-units .param-problem").queryLabeled().getText())
                .isEqualTo("units 必须在 [1, inf) 范围内，实际为 0");
    }
}

package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Filtering the palette down to nothing says so in the palette, in the window's language. */
@ExtendWith(ApplicationExtension.class)
class EditorPaletteFilterTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    private void type(FxRobot robot, String text) {
        robot.clickOn("#paletteFilter");
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label noMatch(FxRobot robot) {
        return robot.lookup("#paletteNoMatch").queryAs(Label.class);
    }

    private static long shownEntries(FxRobot robot) {
        return robot.lookup(".palette-cell").queryAll().stream().filter(Node::isVisible).count();
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndGoesAwayWhenItMatchesAgain(FxRobot robot) {
        assertThat(noMatch(robot).isVisible()).as("no message before any filter").isFalse();

        type(robot, "zzz");

        assertThat(shownEntries(robot)).isZero();
        assertThat(noMatch(robot).isVisible()).isTrue();
        assertThat(noMatch(robot).getText()).isEqualTo("No layer type matches “zzz”");

        robot.interact(() -> robot.lookup("#paletteFilter").queryTextInputControl().clear());
        type(robot, "dens");

        assertThat(noMatch(robot).isVisible()).isFalse();
        assertThat(robot.lookup("#palette-Dense").query().isVisible()).isTrue();
    }

    @Test
    void theMessageIsInChineseInAChineseWindow(FxRobot robot) {
        Messages chinese = Messages.load(Messages.UI_BUNDLE, Locale.SIMPLIFIED_CHINESE);
        robot.clickOn(ActionControls.shown(editor.messages.text("menu.settings")));
        robot.clickOn(ActionControls.shown(editor.messages.text("menu.settings.language")), Motion.HORIZONTAL_FIRST);
        robot.clickOn("简体中文", Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();

        type(robot, "zzz");

        assertThat(noMatch(robot).getText()).isEqualTo(chinese.text("palette.noMatch", "zzz"))
                .isEqualTo("没有与“zzz”匹配的层类型");
    }
}

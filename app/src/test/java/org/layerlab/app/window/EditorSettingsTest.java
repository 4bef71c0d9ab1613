package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.app.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings menu: the language switched in the open window and remembered, the dark theme, presentation mode. */
@ExtendWith(ApplicationExtension.class)
class EditorSettingsTest {
    private final Messages chinese = Messages.load(Messages.UI_BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private EditorWindow editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = EditorWindow.start(stage);
    }

    private void settingsMenu(FxRobot robot, String item) {
        robot.clickOn(ActionControls.shown(editor.messages.text("menu.settings")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item, Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> menuTexts(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    @Test
    void switchingToChineseChangesTheOpenWindowsTextsAndKeepsTheModel(FxRobot robot) {
        editor.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        assertThat(menuTexts(robot)).contains("_File");

        settingsMenu(robot, ActionControls.shown(editor.messages.text("menu.settings.language")));
        robot.clickOn("简体中文", Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menuTexts(robot)).contains(chinese.text("menu.file"), chinese.text("menu.settings"))
                .doesNotContain("_File");
        assertThat(stage.getTitle()).isEqualTo(chinese.text("app.titleWithFile", "*" + chinese.text("file.untitled")));
        assertThat(robot.lookup(".palette-group").queryAllAs(Label.class).stream().map(Label::getText))
                .contains(chinese.text("group.core"));
        assertThat(editor.model.graph().size()).as("the model stays").isEqualTo(1);
        assertThat(editor.canvas().nodeViews()).hasSize(1);
        assertThat(Settings.in(editor.home).get(Settings.LANGUAGE)).contains("zh-CN");

        // And back, from the Chinese menu.
        robot.clickOn(ActionControls.shown(chinese.text("menu.settings")));
        robot.clickOn(chinese.text("menu.settings.language"), Motion.HORIZONTAL_FIRST);
        robot.clickOn("English", Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuTexts(robot)).contains("_File");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.model.graph().size()).as("undo still works after the switch").isZero();
    }

    @Test
    void presentationModeTogglesWithF5(FxRobot robot) {
        editor.openExample(robot, ExampleModel.IRIS);
        double scale = editor.canvas().viewport().scale();
        Path wire = robot.lookup(".wire-line").queryAs(Path.class);
        double normalWidth = wire.getStrokeWidth();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presentation");
        assertThat(robot.lookup("#paletteFilter").tryQuery()).as("the canvas alone fills the window").isEmpty();
        assertThat(editor.canvas().getWidth()).isGreaterThan(stage.getWidth() - 40);
        assertThat(editor.canvas().viewport().scale()).as("the model shown larger").isGreaterThan(scale * 1.2);
        assertThat(wire.getStrokeWidth()).isGreaterThan(normalWidth);

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain("presentation");
        assertThat(robot.lookup("#paletteFilter").tryQuery()).isPresent();
        assertThat(editor.canvas().viewport().scale()).isCloseTo(scale, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void theDarkThemeIsChosenAndRemembered(FxRobot robot) {
        settingsMenu(robot, editor.messages.text("menu.settings.dark"));

        assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(Settings.in(editor.home).get(Settings.THEME)).contains("dark");
        // Back through the same menu item (fired directly: after the restyle the headless robot finds the
        // first popup's stale nodes).
        Menu settings = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu.settings".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            var dark = (javafx.scene.control.CheckMenuItem) settings.getItems().stream()
                    .filter(i -> "menu.settings.dark".equals(i.getId())).findFirst().orElseThrow();
            assertThat(dark.isSelected()).isTrue();
            dark.setSelected(false);
            dark.fire();
        });
        assertThat(Settings.in(editor.home).get(Settings.THEME)).contains("light");
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain("dark");
    }
}

package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.editor.WireView;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch builds the window's content again around the same model: the views it replaces must let
 * go of the model, or every switch leaves a dead window that is redrawn on each edit and never collected.
 */
@ExtendWith(ApplicationExtension.class)
class EditorLanguageSwitchTest {
    private EditorWindow editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = EditorWindow.start(stage);
    }

    /** The Summary and JSON tabs make their views when first shown: shown, they listen to the model too. */
    private void showEveryBottomTab(FxRobot robot) {
        TabPane tabs = robot.from(stage.getScene().getRoot()).lookup("#bottomTabs").queryAs(TabPane.class);
        robot.interact(() -> {
            tabs.getSelectionModel().select(1);
            tabs.getSelectionModel().select(2);
            tabs.getSelectionModel().select(0);
        });
    }

    private void switchTo(FxRobot robot, Locale locale) {
        robot.interact(() -> editor.window.switchLanguage(locale));
        showEveryBottomTab(robot);
    }

    @Test
    void switchingLanguageBackAndForthLeavesOneWindowOnTheModel(FxRobot robot) {
        showEveryBottomTab(robot);
        int oneWindow = editor.model.listenerCount();
        WeakReference<GraphCanvas> firstCanvas = new WeakReference<>(editor.canvas());
        WeakReference<javafx.scene.Scene> firstScene = new WeakReference<>(stage.getScene());

        for (Locale locale : List.of(SettingsMenu.CHINESE, Locale.ENGLISH, SettingsMenu.CHINESE, Locale.ENGLISH)) {
            switchTo(robot, locale);
        }

        assertThat(editor.model.listenerCount()).as("listeners on the model after four switches")
                .isEqualTo(oneWindow);
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        String shape = editor.model.face(editor.model.graph().node(input)).shape();
        assertThat(robot.from(stage.getScene().getRoot()).lookup(".node-shape").queryAllAs(Label.class))
                .as("the live canvas shows the new layer's output shape").extracting(Label::getText)
                .containsExactly("→ " + shape);
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#totalParams").queryLabeled().getText())
                .isEqualTo(editor.messages.text("status.totalParams", 0));
        assertThat(stage.getTitle()).as("the title marks the unsaved edit")
                .isEqualTo(editor.messages.text("app.titleWithFile", "*" + editor.messages.text("file.untitled")));
        assertThat(collected(firstCanvas)).as("the first window's canvas is let go").isTrue();
        assertThat(collected(firstScene)).as("and all of the first window's content").isTrue();
    }

    @Test
    void afterASwitchTheWireLabelsStillSitOnTheirWires(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 80 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 40 + 290 + 86, 80 + 14);
        editor.wire(robot, input, dense, 0);
        Bounds before = wireLabel(robot);

        switchTo(robot, SettingsMenu.CHINESE);

        Bounds after = wireLabel(robot);
        assertThat(after.getWidth()).as("the label measured with the window's style sheet")
                .isCloseTo(before.getWidth(), within(0.5));
        assertThat(after.getCenterX()).isCloseTo(before.getCenterX(), within(0.5));
        assertThat(after.getCenterY()).isCloseTo(before.getCenterY(), within(0.5));
    }

    /** The one wire label of the live canvas, in canvas units. */
    private Bounds wireLabel(FxRobot robot) {
        WireView wire = editor.canvas().wireViews().iterator().next();
        Label label = robot.from(wire).lookup(".wire-label").queryAs(Label.class);
        return wire.localToParent(label.getBoundsInParent());
    }

    private static boolean collected(WeakReference<?> ref) {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return ref.get() == null;
    }
}

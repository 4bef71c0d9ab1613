package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.LayerLabApp;
import org.layerlab.app.editor.PaletteEntry;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.LayerRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final Messages messages = Messages.load(Messages.UI_BUNDLE);
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        LayerLabApp app = new LayerLabApp();
        app.init();
        app.start(stage);
    }

    @Test
    void paletteListsTheInstalledLayerTypes(FxRobot robot) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        // The list shows only the rows that fit; its items are every entry.
        List<String> names = robot.lookup("#palette").queryAs(ListView.class).getItems().stream()
                .map(e -> ((PaletteEntry) e).className()).toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(registry.types().stream().map(t -> t.className()).toList())
                .contains("InputLayer", "Dense", "Dropout", "Activation", "Add", "Scale", "BatchNormalization",
                        "Concatenate");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .contains(Integer.toString(registry.types().size()));
    }

    @Test
    void eachPaletteEntryHasItsHelpLineAsTooltip(FxRobot robot) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        List<ListCell<?>> cells = robot.lookup(".palette-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> !c.isEmpty()).toList();

        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            String className = ((PaletteEntry) cell.getItem()).className();
            assertThat(cell.getTooltip().getText()).contains(className,
                    registry.require(className).description(Locale.getDefault()));
        });
    }

    @Test
    void windowIsTitledAndTheEmptyCanvasSaysHowToStart(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("LayerLab");
        assertThat(robot.lookup(".canvas-hint").queryAs(Label.class).getText())
                .isEqualTo(messages.text("canvas.hint"));
    }

    @Test
    void aboutShowsTheVersionAndCreditsTheDatasets(FxRobot robot) {
        robot.clickOn(shown(messages.text("menu.help"))).clickOn(shown(messages.text("menu.help.about")));

        Window about = robot.window(messages.text("about.title"));
        String text = robot.from(about.getScene().getRoot()).lookup((Node n) -> n instanceof Labeled)
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("LayerLab " + System.getProperty("layerlab.expectedVersion"),
                "UCI Machine Learning Repository", "Dua", "Graff", "CC BY 4.0", "iris.csv");
    }

    @Test
    void shortcutQClosesTheWindow(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHORTCUT);

        assertThat(stage.isShowing()).isFalse();
    }

    /** A menu's text as shown: the mnemonic marker is not drawn. */
    private static String shown(String menuText) {
        return menuText.replace("_", "");
    }
}

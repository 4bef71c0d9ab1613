package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.LayerLabApp;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;
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
        // Every installed type has its row (the list scrolls: not all rows fit the window at once).
        List<String> names = robot.lookup(".palette-cell .layer-name").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> installed = LayerRegistry.withInstalledLayers().types().stream().map(LayerType::className)
                .toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(installed).contains("InputLayer", "Dense", "Dropout",
                "Activation", "Add", "Scale");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .contains(Integer.toString(installed.size()));
    }

    @Test
    void eachPaletteEntryShowsItsDescriptionUnderItsGroup(FxRobot robot) {
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        for (LayerType type : registry.types()) {
            Node row = robot.lookup("#palette-" + type.className()).query();
            List<String> texts = robot.from(row).lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertThat(texts).contains(type.className(), type.description(Locale.getDefault()));
        }
        List<String> groups = robot.lookup(".palette-group").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertThat(groups).containsExactly("Core", "Merge", "Normalization", "Reshaping", "Regularization", "Activation", "Custom");
    }

    @Test
    void theFilterBoxKeepsOnlyTheMatchingLayerTypes(FxRobot robot) {
        robot.clickOn("#paletteFilter").write("drop");

        List<String> shown = robot.lookup(".palette-cell").queryAll().stream().filter(Node::isVisible)
                .map(Node::getId).toList();
        List<String> matching = LayerRegistry.withInstalledLayers().types().stream()
                .filter(t -> t.className().toLowerCase(Locale.ROOT).contains("drop")
                        || t.description(Locale.getDefault()).toLowerCase(Locale.ROOT).contains("drop"))
                .map(t -> "palette-" + t.className()).toList();
        assertThat(shown).contains("palette-Dropout", "palette-GaussianDropout")
                .containsExactlyInAnyOrderElementsOf(matching);
    }

    @Test
    void windowIsTitledAndTheEmptyCanvasSaysHowToStart(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Untitled — LayerLab");
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

package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.cli.LayerLabCommand;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.io.LayerEntry;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.layer.LayerRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** New, open, save and export from the File menu of the real window. */
@ExtendWith(ApplicationExtension.class)
class EditorFilesTest {
    @TempDir
    Path folder;
    private EditorWindow editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = EditorWindow.start(stage);
    }

    private void buildSmallModel(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        NodeId dense = editor.dragFromPalette(robot, "Dense", 300 + 86, 100 + 14);
        NodeId dropout = editor.dragFromPalette(robot, "Dropout", 540 + 86, 60 + 14);
        editor.wire(robot, input, dense, 0);
        editor.wire(robot, dense, dropout, 0);
        // Moved by hand, so the saved place is one the user chose.
        robot.drag(editor.screen(new Point(300 + 60, 100 + 12)), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(editor.screen(new Point(300 + 60, 180 + 12))).drop();
    }

    private void menu(FxRobot robot, String... path) {
        for (String step : path) {
            robot.clickOn(ActionControls.shown(editor.messages.text(step)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savingClosingAndReopeningGiveTheSameGraphAndPositions(FxRobot robot) throws IOException {
        buildSmallModel(robot);
        ModelState built = ModelState.of(editor.model.graph());
        assertThat(built.positions().get("dense").y()).isEqualTo(180);
        assertThat(stage.getTitle()).isEqualTo("*Untitled — LayerLab");
        Path file = folder.resolve("small.llab");

        editor.dialogs.targets.add(folder.resolve("small"));
        menu(robot, "menu.file", "menu.file.saveAs");
        assertThat(file).exists();
        assertThat(stage.getTitle()).isEqualTo("small.llab — LayerLab");
        menu(robot, "menu.file", "menu.file.new");
        assertThat(editor.model.graph().size()).isZero();
        editor.dialogs.toOpen.add(file);
        menu(robot, "menu.file", "menu.file.open");

        assertThat(ModelState.of(editor.model.graph())).isEqualTo(built);
        assertThat(editor.canvas().nodeViews()).hasSize(3);
        assertThat(stage.getTitle()).isEqualTo("small.llab — LayerLab");
        assertThat(editor.dialogs.unsavedQuestions).isEmpty();
    }

    @Test
    void savingAgainKeepsThePreviousFileAsBackup(FxRobot robot) throws IOException {
        buildSmallModel(robot);
        Path file = folder.resolve("kept.llab");
        editor.dialogs.targets.add(file);
        menu(robot, "menu.file", "menu.file.saveAs");
        byte[] first = Files.readAllBytes(file);
        editor.dragFromPalette(robot, "Activation", 540 + 86, 260 + 14);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(folder.resolve("kept.llab.bak")).hasBinaryContent(first);
        assertThat(layerNames(file)).contains("activation");
    }

    @Test
    void theKerasExportOfTheFileMenuEqualsTheCommandLineExport(FxRobot robot) throws IOException {
        buildSmallModel(robot);
        Path project = folder.resolve("exported.llab");
        editor.dialogs.targets.add(project);
        menu(robot, "menu.file", "menu.file.saveAs");
        Path fromMenu = folder.resolve("menu-keras.json");
        editor.dialogs.targets.add(fromMenu);

        menu(robot, "menu.file", "menu.file.export", "menu.file.export.keras");
        WaitForAsyncUtils.waitForFxEvents();

        Path fromCli = folder.resolve("cli-keras.json");
        runCommandLine("export", project.toString(), "--to", "keras", "--out", fromCli.toString());
        assertThat(editor.dialogs.errors).isEmpty();
        assertThat(fromMenu).exists();
        assertThat(Files.readString(fromMenu)).isEqualTo(Files.readString(fromCli)).contains("\"Dense\"", "\"Dropout\"");
    }

    @Test
    void aModelWithAnErrorIsNotExportedAndTheStatusBarSaysWhyBeforeAFileIsChosen(FxRobot robot) {
        editor.dragFromPalette(robot, "Dense", 300 + 86, 100 + 14);
        Path target = folder.resolve("never.json");
        editor.dialogs.targets.add(target);

        menu(robot, "menu.file", "menu.file.export", "menu.file.export.keras");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.status(robot)).isEqualTo(editor.messages.text("file.exportNeedsShapes", 1));
        assertThat(editor.dialogs.targets).as("no file was asked for").containsExactly(target);
        assertThat(target).doesNotExist();
        assertThat(editor.dialogs.errors).isEmpty();
    }

    @Test
    void theImageExportOfTheFileMenuIsTheRenderCommandsPicture(FxRobot robot) throws IOException {
        buildSmallModel(robot);
        Path project = folder.resolve("pictured.llab");
        editor.dialogs.targets.add(project);
        menu(robot, "menu.file", "menu.file.saveAs");
        Path fromMenu = folder.resolve("menu");
        editor.dialogs.targets.add(fromMenu);

        menu(robot, "menu.file", "menu.file.exportImage", "menu.file.exportImage.svg");
        WaitForAsyncUtils.waitForFxEvents();

        Path fromCli = folder.resolve("cli.svg");
        runCommandLine("render", project.toString(), "--out", fromCli.toString());
        assertThat(editor.dialogs.errors).isEmpty();
        Path svg = folder.resolve("menu.svg");
        assertThat(svg).as("the extension is added").exists();
        assertThat(Files.readString(svg)).isEqualTo(Files.readString(fromCli)).contains(">Dense 32");
    }

    /** Runs {@code layerlab} with the arguments in this JVM, as the user would in a terminal; it must succeed. */
    private static void runCommandLine(String... args) {
        StringWriter err = new StringWriter();
        var cli = LayerLabCommand.commandLine(() -> {
        });
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        editor.dialogs.unsavedAnswer = org.layerlab.app.project.Dialogs.UnsavedChoice.CANCEL;

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        assertThat(editor.dialogs.unsavedQuestions).containsExactly("Untitled");
        assertThat(stage.isShowing()).isTrue();
        assertThat(editor.model.graph().size()).isOne();
    }

    @Test
    void answeringSaveWhenClosingSavesFirstAndThenCloses(FxRobot robot) throws IOException {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        editor.dialogs.unsavedAnswer = org.layerlab.app.project.Dialogs.UnsavedChoice.SAVE;
        Path file = folder.resolve("on-close.llab");
        editor.dialogs.targets.add(file);

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        assertThat(layerNames(file)).contains("input_layer");
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedInOneSentenceAndTheModelStays(FxRobot robot) throws IOException {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [");
        editor.dialogs.unsavedAnswer = org.layerlab.app.project.Dialogs.UnsavedChoice.DISCARD;
        editor.dialogs.toOpen.add(broken);

        menu(robot, "menu.file", "menu.file.open");

        assertThat(editor.dialogs.errors).hasSize(1);
        assertThat(editor.dialogs.errors.get(0)).startsWith("Could not open the file: ").contains("broken.json")
                .doesNotContain("Exception", "\n");
        assertThat(editor.model.graph().size()).isOne();
    }

    /** The layer names of a saved project, as the project reader reads them. */
    private static List<String> layerNames(Path file) throws IOException {
        return new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(file).model().layers()
                .stream().map(LayerEntry::name).toList();
    }
}

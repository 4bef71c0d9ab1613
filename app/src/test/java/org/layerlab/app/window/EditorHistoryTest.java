package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.cli.LayerLabCommand;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Undo and redo on a trained model give back exactly the graph, the places and the trained weights. */
@ExtendWith(ApplicationExtension.class)
class EditorHistoryTest {
    @TempDir
    Path folder;
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    /** The iris MLP trained for two epochs by the command line's train. */
    private Path trainedIris() throws IOException {
        Path model = folder.resolve("iris-mlp.json");
        try (InputStream in = getClass().getResourceAsStream("/org/layerlab/app/cli/iris-mlp.json")) {
            Files.copy(in, model);
        }
        Path project = folder.resolve("iris.llab");
        StringWriter err = new StringWriter();
        var cli = LayerLabCommand.commandLine(() -> {
        });
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("train", model.toString(), "--data", "iris", "--epochs", "2", "--batch-size", "16",
                "--loss", "categorical_crossentropy", "--out", project.toString());
        assertThat(code).as(err.toString()).isZero();
        return project;
    }

    private NodeId node(String name) {
        return editor.model.graph().find(name).orElseThrow().id();
    }

    private void keys(FxRobot robot, KeyCode... combination) {
        robot.press(combination);
        for (int i = combination.length - 1; i >= 0; i--) {
            robot.release(combination[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void undoAndRedoOnATrainedModelRestoreGraphPlacesAndTrainedWeights(FxRobot robot) throws IOException {
        editor.dialogs.toOpen.add(trainedIris());
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        ModelState trained = ModelState.of(editor.model.graph());
        assertThat(trained.weights()).containsOnlyKeys("hidden", "species");

        // A shape-changing edit (hidden's weights and species' kernel start anew), a move and a delete.
        robot.clickOn(editor.view(node("hidden")));
        robot.clickOn("#param-units .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("8").type(KeyCode.ENTER);
        Point species = editor.view(node("species")).geometry().centre();
        robot.drag(editor.screen(new Point(species.x(), species.y() - 30)), MouseButton.PRIMARY)
                .moveTo(editor.screen(new Point(species.x() + 60, species.y() + 80))).drop();
        robot.clickOn(editor.view(node("input")));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        ModelState edited = ModelState.of(editor.model.graph());
        assertThat(edited.configs()).doesNotContainKey("input");
        assertThat(edited.configs().get("hidden").get("units")).isEqualTo(8L);
        assertThat(edited.positions()).isNotEqualTo(trained.positions());

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);

        assertThat(ModelState.of(editor.model.graph())).isEqualTo(trained);
        assertThat(editor.wireLabel(node("hidden"), node("species"))).isEqualTo("(None, 16)");

        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Y);

        ModelState redone = ModelState.of(editor.model.graph());
        assertThat(redone.configs()).isEqualTo(edited.configs());
        assertThat(redone.wires()).isEqualTo(edited.wires());
        assertThat(redone.positions()).isEqualTo(edited.positions());
    }
}

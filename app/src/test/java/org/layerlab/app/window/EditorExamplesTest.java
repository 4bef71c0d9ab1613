package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.core.io.ModelReader;
import org.layerlab.core.io.ProjectReader;
import org.layerlab.core.layer.LayerRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File &gt; Examples opens each ready model as a new, untitled one: Save asks where to keep it. */
@ExtendWith(ApplicationExtension.class)
class EditorExamplesTest {
    @TempDir
    Path folder;
    private EditorWindow editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = EditorWindow.start(stage);
    }

    @Test
    void everyExampleOpensUntitledWithItsLayersOnTheCanvas(FxRobot robot) {
        for (ExampleModel example : ExampleModel.values()) {
            editor.openExample(robot, example);
            assertThat(editor.dialogs.errors).as(example.name()).isEmpty();
            assertThat(editor.model.graph().size()).as(example.name()).isGreaterThanOrEqualTo(3);
            assertThat(editor.canvas().nodeViews()).hasSize(editor.model.graph().size());
            assertThat(stage.getTitle()).isEqualTo("Untitled — LayerLab");
        }
        assertThat(editor.model.graph().find("joined")).as("the two-branch model, opened last").isPresent();
    }

    @Test
    void savingAnExampleAsksWhereAndWritesANewProject(FxRobot robot) throws IOException {
        editor.openExample(robot, ExampleModel.XOR);
        Path target = folder.resolve("my-xor.llab");
        editor.dialogs.targets.add(target);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.dialogs.targets).as("the save asked for a file").isEmpty();
        assertThat(target).exists();
        var saved = new ProjectReader(new ModelReader(LayerRegistry.withInstalledLayers())).open(target);
        assertThat(saved.model().layers()).extracting(l -> l.name()).contains("hidden", "xor");
        assertThat(saved.model().name()).as("the model keeps its own name, not the file's").isEqualTo("xor_mlp");
        assertThat(stage.getTitle()).isEqualTo("my-xor.llab — LayerLab");
    }
}

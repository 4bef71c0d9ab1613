package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.project.Dialogs.UnsavedChoice;
import org.layerlab.app.project.ExampleModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file dropped onto the window. The headless robot hangs in a desktop drag-and-drop, so the drop is handed
 * over where the drag ends: the list of dropped files.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFileDropTest {
    @TempDir
    Path folder;
    private EditorWindow editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = EditorWindow.start(stage);
    }

    private Path irisModel() throws IOException {
        Path file = folder.resolve("iris-mlp.json");
        try (InputStream in = ExampleModel.class.getClassLoader()
                .getResourceAsStream("layerlab/examples/" + ExampleModel.IRIS.fileName())) {
            Files.copy(in, file);
        }
        return file;
    }

    private boolean drop(FxRobot robot, Path... files) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = editor.window.fileDrop().open(List.of(files)));
        WaitForAsyncUtils.waitForFxEvents();
        return opened[0];
    }

    /** A model of one layer, not saved, whose loss the user would accept; and a file to drop, beside it. */
    private Path withAnUnsavedLayerAndAFile(FxRobot robot, String name, String text) throws IOException {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        editor.dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        return Files.writeString(folder.resolve(name), text);
    }

    private void assertTheUnsavedLayerStays() {
        assertThat(editor.model.graph().size()).as("the model stays").isOne();
        assertThat(editor.canvas().nodeViews()).hasSize(1);
        assertThat(stage.getTitle()).isEqualTo(title("*" + editor.messages.text("file.untitled")));
    }

    private String title(String document) {
        return editor.messages.text("app.titleWithFile", document);
    }

    @Test
    void droppingAModelFileOpensIt(FxRobot robot) throws IOException {
        Path iris = irisModel();

        assertThat(drop(robot, iris)).isTrue();

        assertThat(stage.getTitle()).isEqualTo(title("iris-mlp.json"));
        int layers = editor.model.graph().size();
        assertThat(layers).isGreaterThan(1);
        assertThat(editor.canvas().nodeViews()).hasSize(layers);
        assertThat(editor.status(robot)).isEqualTo(editor.messages.text("file.opened", "iris-mlp.json", layers));
        assertThat(editor.dialogs.unsavedQuestions).as("nothing to save in an empty model").isEmpty();
    }

    @Test
    void droppingAFileThatIsNoModelSaysSoInOneLineAndKeepsTheModel(FxRobot robot) throws IOException {
        Path notes = withAnUnsavedLayerAndAFile(robot, "lecture-notes.txt", "Week 3: dense layers and activations\n");

        assertThat(drop(robot, notes)).isFalse();

        assertThat(editor.status(robot)).isEqualTo(editor.messages.text("file.dropNotModel", "lecture-notes.txt"));
        assertThat(editor.dialogs.unsavedQuestions).as("nothing would replace the model: no question").isEmpty();
        assertTheUnsavedLayerStays();
    }

    @Test
    void droppingAModelFileThatCannotBeReadNamesItInOneLineAndKeepsTheModel(FxRobot robot) throws IOException {
        Path broken = withAnUnsavedLayerAndAFile(robot, "half-written.json",
                "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [");

        drop(robot, broken);

        assertThat(editor.status(robot)).startsWith(editor.messages.text("file.openFailed"))
                .contains("half-written.json").doesNotContain("\n", "Exception");
        assertTheUnsavedLayerStays();
    }

    @Test
    void withUnsavedChangesTheSaveQuestionComesFirst(FxRobot robot) throws IOException {
        editor.dragFromPalette(robot, "InputLayer", 40 + 86, 60 + 14);
        Path iris = irisModel();

        editor.dialogs.unsavedAnswer = UnsavedChoice.CANCEL;
        assertThat(drop(robot, iris)).isFalse();
        assertThat(editor.dialogs.unsavedQuestions).containsExactly(editor.messages.text("file.untitled"));
        assertThat(editor.model.graph().size()).as("cancelled: the model stays").isOne();

        editor.dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        assertThat(drop(robot, iris)).isTrue();
        assertThat(editor.dialogs.unsavedQuestions).hasSize(2);
        assertThat(stage.getTitle()).isEqualTo(title("iris-mlp.json"));
        assertThat(editor.model.graph().size()).isGreaterThan(1);
    }
}

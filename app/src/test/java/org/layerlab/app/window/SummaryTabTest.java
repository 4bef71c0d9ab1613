package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.cli.LayerLabCommand;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/** The Summary tab prints what {@code layerlab summary} prints for the same model. */
@ExtendWith(ApplicationExtension.class)
class SummaryTabTest {
    @TempDir
    Path folder;
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    private String summaryTab(FxRobot robot) {
        robot.clickOn(editor.messages.text("tab.summary"));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#summary").queryTextInputControl().getText();
    }

    /** {@code layerlab summary} on the example's file, run in-process. */
    private String cliSummary(ExampleModel example) throws IOException {
        Path file = folder.resolve(example.fileName());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("layerlab/examples/" + example.fileName())) {
            Files.copy(in, file);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = LayerLabCommand.commandLine(() -> {
            throw new AssertionError("summary must not open the window");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("summary", file.toString())).isZero();
        return out.toString();
    }

    @Test
    void theIrisExampleIsTheCommandLinesSequentialTable(FxRobot robot) throws IOException {
        editor.openExample(robot, ExampleModel.IRIS);

        String tab = summaryTab(robot);

        assertThat(tab).isEqualTo(cliSummary(ExampleModel.IRIS));
        List<String> lines = tab.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Model: \"iris_mlp\"");
        assertThat(lines.get(2)).doesNotContain("Connected to");
        assertThat(tab).doesNotContain("(InputLayer)");
    }

    @Test
    void aTwoBranchModelKeepsTheFunctionalTable(FxRobot robot) throws IOException {
        editor.openExample(robot, ExampleModel.TWO_BRANCH);

        String tab = summaryTab(robot);

        assertThat(tab).isEqualTo(cliSummary(ExampleModel.TWO_BRANCH));
        List<String> lines = tab.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Model: \"iris_two_branch\"");
        assertThat(lines.get(2)).startsWith("Layer (type)").contains("Connected to");
        assertThat(tab).contains("input (InputLayer)", "joined (Concatenate)");
    }
    @Test
    void wiringASecondBranchTurnsTheTabIntoTheFunctionalTable(FxRobot robot) {
        editor.openExample(robot, ExampleModel.IRIS);
        assertThat(summaryTab(robot)).doesNotContain("Connected to");
        NodeId input = editor.model.graph().find("input").orElseThrow().id();
        var below = editor.view(input).geometry();

        NodeId branch = editor.dragFromPalette(robot, "Dense", below.x() + 240, below.y() + 140);
        editor.wire(robot, input, branch, 0);

        String tab = summaryTab(robot);
        assertThat(tab.lines().findFirst()).contains("Model: \"iris_mlp\"");
        assertThat(tab).contains("Connected to", "input (InputLayer)");
        assertThat(tab.lines().filter(l -> l.strip().endsWith("input[0][0]")).count())
                .as("hidden and the new branch both read the input").isEqualTo(2);
    }
}

package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.project.ExampleModel;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** View &gt; Auto-layout: left to right, one undoable move, the nodes sliding to their places. */
@ExtendWith(ApplicationExtension.class)
class EditorLayoutTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    private Map<NodeId, Point> positions() {
        Map<NodeId, Point> p = new HashMap<>();
        editor.model.graph().nodes().forEach(n -> p.put(n.id(), editor.model.position(n.id())));
        return p;
    }

    private NodeId id(String name) {
        return editor.model.graph().find(name).orElseThrow().id();
    }

    @Test
    void autoLayoutThenUndoRestoresThePositions(FxRobot robot) throws Exception {
        editor.openExample(robot, ExampleModel.TWO_BRANCH);
        robot.interact(() -> editor.canvas().viewport().fit(0, 0, 1400, 700, editor.canvas().getWidth(),
                editor.canvas().getHeight(), 20));
        // The user arranges it: the narrow branch dragged far down and to the left, out of its column.
        Point narrow = editor.model.position(id("narrow"));
        robot.drag(editor.screen(new Point(narrow.x() + 60, narrow.y() + 12)), MouseButton.PRIMARY)
                .moveTo(editor.screen(new Point(narrow.x() - 180, narrow.y() + 160))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Map<NodeId, Point> arranged = positions();
        assertThat(arranged.get(id("narrow"))).isNotEqualTo(narrow);

        robot.clickOn("#canvas", Motion.DIRECT);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Map<NodeId, Point> laidOut = positions();
        assertThat(laidOut).isNotEqualTo(arranged);
        assertThat(laidOut.get(id("input")).x()).isLessThan(laidOut.get(id("narrow")).x());
        assertThat(laidOut.get(id("narrow")).x()).isEqualTo(laidOut.get(id("wide")).x())
                .isLessThan(laidOut.get(id("joined")).x());
        assertThat(laidOut.get(id("joined")).x()).isLessThan(laidOut.get(id("species")).x());
        // After the slide the views stand where the model says.
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        NodeId n = id("narrow");
        assertThat(editor.view(n).geometry().x()).isEqualTo(laidOut.get(n).x());
        assertThat(editor.view(n).geometry().y()).isEqualTo(laidOut.get(n).y());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(positions()).isEqualTo(arranged);
        assertThat(editor.view(n).geometry().x()).isEqualTo(arranged.get(n).x());
    }
}

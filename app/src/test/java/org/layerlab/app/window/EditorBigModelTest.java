package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.bench.BigModels;
import org.layerlab.app.editor.NodeView;
import org.layerlab.app.editor.Viewport;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 301-layer model zoomed far out, where the canvas draws plain boxes instead of node views: what the user
 * sees must follow pans and drags, though the boxes are drawn once and slid rather than drawn every frame.
 */
@ExtendWith(ApplicationExtension.class)
class EditorBigModelTest {
    @TempDir
    Path folder;
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    @Test
    void farOutAPanShowsTheBoxesThatComeIntoView(FxRobot robot) throws Exception {
        open(robot);
        NodeView first = node("dense_0_0");
        NodeView last = node("dense_0_24");
        robot.interact(() -> {
            Viewport v = editor.canvas().viewport();
            v.restore(new Viewport.State(0.2, 20 - first.geometry().x() * 0.2, 20 - first.geometry().y() * 0.2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boxAt(first)).as("a box in view").isTrue();
        assertThat(onCanvas(last)).as("the end of the chain starts out of view").isFalse();

        for (int pans = 0; pans < 20 && !onCanvas(last); pans++) {
            robot.drag(editor.screen(editor.canvas().viewport().toCanvas(500, 300)), MouseButton.MIDDLE)
                    .moveBy(-300, 0).drop();
        }

        assertThat(boxAt(last)).as("the box panned into view is drawn").isTrue();
    }

    @Test
    void farOutADraggedBoxIsDrawnWhereItWasDropped(FxRobot robot) throws Exception {
        open(robot);
        NodeView moved = node("dense_11_12");
        NodeGeometry before = moved.geometry();
        Point grab = new Point(before.x() + NodeGeometry.WIDTH / 2, before.y() + NodeGeometry.HEADER / 2);
        double scale = editor.canvas().viewport().scale();

        robot.drag(editor.screen(grab), MouseButton.PRIMARY).moveBy(0, 30).moveBy(0, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(moved.geometry().y() - before.y()).isGreaterThan(40 / scale);
        assertThat(boxAt(moved)).as("the box at its new place").isTrue();
        assertThat(whiteAt(centreOf(before))).as("the old place is empty").isFalse();
    }

    private void open(FxRobot robot) throws Exception {
        Path model = BigModels.write(folder, 12, 25);
        robot.interact(() -> {
            editor.window.open(model);
            editor.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.canvas().viewport().scale()).as("far enough out for plain boxes").isLessThan(0.3);
    }

    private NodeView node(String name) {
        return editor.canvas().nodeViews().stream().filter(v -> v.face().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private boolean onCanvas(NodeView node) {
        Point p = editor.canvas().viewport().toScreen(centreOf(node.geometry()));
        return p.x() > 0 && p.y() > 0 && p.x() < editor.canvas().getWidth() - 220 && p.y() < editor.canvas().getHeight();
    }

    private boolean boxAt(NodeView node) throws ExecutionException, InterruptedException {
        return whiteAt(centreOf(node.geometry()));
    }

    private static Point centreOf(NodeGeometry g) {
        return new Point(g.x() + g.width() / 2, g.y() + NodeGeometry.HEADER + (g.height() - NodeGeometry.HEADER) / 2);
    }

    /** True when the canvas shows a box's white body at the point: the grid's paper and lines are greyer. */
    private boolean whiteAt(Point canvasPoint) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> {
            Point local = editor.canvas().viewport().toScreen(canvasPoint);
            Point2D scene = editor.canvas().localToScene(local.x(), local.y());
            WritableImage shot = editor.canvas().getScene().snapshot(null);
            Color c = shot.getPixelReader().getColor((int) scene.getX(), (int) scene.getY());
            return c.getRed() > 0.995 && c.getGreen() > 0.995 && c.getBlue() > 0.995;
        }).get();
    }
}

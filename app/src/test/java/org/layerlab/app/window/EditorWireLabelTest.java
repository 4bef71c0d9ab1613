package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.editor.WireView;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where the canvas draws a wire's shape label: on the wire where there is room, never over a card or port. */
@ExtendWith(ApplicationExtension.class)
class EditorWireLabelTest {
    private EditorWindow editor;

    @Start
    void start(Stage stage) {
        editor = EditorWindow.start(stage);
    }

    /** The label as drawn, in canvas units (the wire and node views are not transformed themselves). */
    private Bounds label(NodeId from, NodeId to) {
        WireView wire = editor.canvas().wireViews().stream()
                .filter(w -> w.edge().from().equals(from) && w.edge().to().equals(to)).findFirst().orElseThrow();
        Node label = wire.getChildrenUnmodifiable().stream().filter(Label.class::isInstance).findFirst().orElseThrow();
        assertThat(label.isVisible()).isTrue();
        return wire.localToParent(label.getBoundsInParent());
    }

    /** A card as drawn, with its ports, which stick out at the sides. */
    private Bounds card(NodeId id) {
        return editor.view(id).getBoundsInParent();
    }

    @Test
    void betweenTwoCloseLayersTheLabelLeavesCardsAndPortsFreeAndElsewhereItSitsOnTheWire(FxRobot robot) {
        NodeId input = editor.dragFromPalette(robot, "InputLayer", 40 + 86, 80 + 14);
        // Its card starts a grid step right of the input's: the wire between them is shorter than its label.
        NodeId dense = editor.dragFromPalette(robot, "Dense", 40 + 172 + 20 + 86, 80 + 14);
        NodeId far = editor.dragFromPalette(robot, "Dense", 520 + 86, 80 + 14);
        editor.wire(robot, input, dense, 0);
        editor.wire(robot, dense, far, 0);
        double gap = editor.view(dense).geometry().x() - editor.view(input).geometry().x() - 172;
        assertThat(gap).as("the cards stand close").isLessThan(40);

        Bounds close = label(input, dense);
        assertThat(close.getWidth()).as("a label wider than the gap").isGreaterThan(gap);
        assertThat(close.intersects(card(input))).as("label %s over the input card %s", close, card(input)).isFalse();
        assertThat(close.intersects(card(dense))).as("label %s over the dense card %s", close, card(dense)).isFalse();

        Bounds onWire = label(dense, far);
        Point middle = editor.canvas().wireViews().stream().filter(w -> w.edge().to().equals(far)).findFirst()
                .orElseThrow().geometry().middle();
        assertThat(onWire.getCenterX()).isCloseTo(middle.x(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(onWire.getCenterY()).isCloseTo(middle.y(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(onWire.intersects(card(dense)) || onWire.intersects(card(far))).isFalse();
    }
}

package org.layerlab.app.editor;

import java.util.List;
import javafx.scene.canvas.Canvas;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.Point;

/**
 * Far out, the layers being dragged and their wires, on a canvas just their size above the other boxes:
 * each frame of a drag redraws these few instead of the whole model.
 */
final class MovingBoxes extends Canvas {

    MovingBoxes() {
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(List<NodeView> nodes, List<WireView> wires, Viewport viewport, boolean dark) {
        if (nodes.isEmpty()) {
            hide();
            return;
        }
        setVisible(true);
        double s = viewport.scale();
        Box bounds = BoxesLayer.bounds(nodes, wires);
        setWidth(Math.ceil(bounds.width() * s) + 1);
        setHeight(Math.ceil(bounds.height() * s) + 1);
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        BoxPainter painter = new BoxPainter(getGraphicsContext2D(), bounds.left(), bounds.top(), s, dark);
        wires.forEach(w -> painter.wire(w.geometry()));
        // Only selected layers are dragged.
        nodes.forEach(v -> painter.box(v, true));
        Point at = viewport.toScreen(new Point(bounds.left(), bounds.top()));
        relocate(Math.round(at.x()), Math.round(at.y()));
    }

    void hide() {
        if (isVisible()) {
            setVisible(false);
            setWidth(0);
            setHeight(0);
        }
    }
}

package org.layerlab.app.editor;

import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.core.edit.CardBox;
import org.layerlab.core.edit.CardBoxes;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.layer.LayerType;

/**
 * Where the canvas draws each layer's card, ports included, for the edits that keep new cards off others:
 * a card is as tall as its input ports need, and a layer with an error shows a note under it, which the
 * model alone does not know. The note is taken as two lines, as most are.
 */
final class CanvasCards implements CardBoxes {
    private final EditorModel model;

    CanvasCards(EditorModel model) {
        this.model = model;
    }

    @Override
    public CardBox of(NodeId id) {
        LayerType type = model.graph().registry().require(model.graph().node(id).className());
        int ports = LayerCatalog.portsFor(type, model.graph().inputEdges(id).size());
        Point at = model.position(id);
        Box box = new NodeGeometry(at.x(), at.y(), ports, true).withPorts();
        if (hasError(id)) {
            box = box.union(Box.of(at.x(), box.bottom() + NodeView.PROBLEM_GAP, NodeView.PROBLEM_WIDTH,
                    NodeView.PROBLEM_TWO_LINES));
        }
        return new CardBox(box.left(), box.top(), box.right(), box.bottom());
    }

    private boolean hasError(NodeId id) {
        return model.inference().result(id).diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}

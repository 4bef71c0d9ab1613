package org.layerlab.app.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import org.layerlab.app.editor.CanvasHits.PortRef;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;

/**
 * A drag from an output port. While it lasts, every input port that may take the wire lights up and
 * every other one is marked, saying why when the pointer is near it. Released on a fitting port it
 * wires; on a refused one the status bar says why; on empty canvas it opens the quick-add list of the
 * layer types that fit there.
 */
final class WireGesture implements Gesture {
    private final GraphCanvas canvas;
    private final NodeView source;
    private final WireView line = WireView.dragged();
    private final Label reason = new Label();
    private final Map<PortKey, Optional<String>> verdicts = new HashMap<>();

    private record PortKey(NodeView node, int port) {
    }

    WireGesture(GraphCanvas canvas, NodeView source, Point start) {
        this.canvas = canvas;
        this.source = source;
        reason.getStyleClass().add("port-reason");
        reason.setMouseTransparent(true);
        reason.setWrapText(true);
        reason.setMaxWidth(320);
        for (NodeView v : canvas.nodeViews()) {
            for (int port = 0; port < v.inPortCount(); port++) {
                Optional<String> refusal = canvas.model().refusal(source.id(), v.id(), port);
                verdicts.put(new PortKey(v, port), refusal);
                v.setPortState(port, refusal.isEmpty() ? PortState.FITS : PortState.REFUSED);
            }
        }
        canvas.nodeViews().forEach(v -> v.setProblemShown(false));
        canvas.showOverlay(line);
        canvas.showOverlay(reason);
        follow(start);
    }

    @Override
    public void drag(MouseEvent e) {
        follow(canvas.viewport().toCanvas(e.getX(), e.getY()));
    }

    private void follow(Point p) {
        Optional<PortRef> near = canvas.hits().inPortAt(p);
        Point end = near.map(r -> r.node().geometry().inPort(r.port())).orElse(p);
        line.show(new WireGeometry(source.geometry().outPort(), end), "", false);
        Optional<String> refusal = near.flatMap(r -> verdicts.getOrDefault(new PortKey(r.node(), r.port()),
                Optional.empty()));
        reason.setVisible(refusal.isPresent());
        reason.setText(refusal.orElse(""));
        if (refusal.isPresent()) {
            // Beside the pointer like a tooltip, kept inside the visible canvas.
            reason.applyCss();
            double s = canvas.viewport().scale();
            double w = Math.min(320, reason.prefWidth(-1));
            double h = reason.prefHeight(w);
            Point topLeft = canvas.viewport().toCanvas(0, 0);
            Point bottomRight = canvas.viewport().toCanvas(canvas.getWidth(), canvas.getHeight());
            double x = Math.max(topLeft.x() + 8 / s, Math.min(p.x() + 16 / s, bottomRight.x() - w - 8 / s));
            double y = Math.max(topLeft.y() + 8 / s, Math.min(p.y() + 20 / s, bottomRight.y() - h - 8 / s));
            reason.resizeRelocate(x, y, w, h);
            // The overlay sits in the canvas's unmanaged content, whose layout pass does not reach the label:
            // laid out here, or its text stays empty inside the drawn box.
            reason.layout();
            canvas.model().showStatus(refusal.get());
        }
    }

    @Override
    public void release(MouseEvent e) {
        canvas.hideOverlay(line);
        canvas.hideOverlay(reason);
        canvas.nodeViews().forEach(v -> {
            v.setProblemShown(true);
            for (int port = 0; port < v.inPortCount(); port++) {
                v.setPortState(port, PortState.IDLE);
            }
        });
        Point p = canvas.viewport().toCanvas(e.getX(), e.getY());
        Optional<PortRef> port = canvas.hits().inPortAt(p);
        if (port.isPresent()) {
            canvas.model().connect(source.id(), port.get().node().id(), port.get().port());
            return;
        }
        Optional<NodeView> node = canvas.hits().nodeAt(p);
        if (node.isPresent()) {
            if (node.get() != source) {
                canvas.model().connectToFreePort(source.id(), node.get().id());
            }
            return;
        }
        canvas.quickAdd().open(p, source.id());
    }
}

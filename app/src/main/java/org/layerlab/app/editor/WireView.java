package org.layerlab.app.editor;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;
import org.layerlab.core.graph.Edge;

/** A wire between two ports, labelled with the shape that flows along it. */
public final class WireView extends Group {
    private final Edge edge;
    private final Path curve = new Path();
    private static final double PORT_CLEARANCE = 3;

    private final Label label = new Label();
    private WireGeometry geometry;

    public WireView(Edge edge) {
        this.edge = edge;
        getStyleClass().add("wire");
        curve.getStyleClass().add("wire-line");
        curve.setFill(null);
        label.getStyleClass().add("wire-label");
        label.setMouseTransparent(true);
        getChildren().addAll(curve, label);
    }

    /** A wire that is not (yet) in the graph: the one that follows the pointer while wiring. */
    public static WireView dragged() {
        WireView view = new WireView(null);
        view.getStyleClass().add("dragged-wire");
        view.label.setVisible(false);
        view.setMouseTransparent(true);
        return view;
    }

    public Edge edge() {
        return edge;
    }

    public WireGeometry geometry() {
        return geometry;
    }

    public String labelText() {
        return label.getText();
    }

    public void show(WireGeometry newGeometry, String shapeText, boolean broken) {
        geometry = newGeometry;
        curve.getElements().setAll(new MoveTo(newGeometry.from().x(), newGeometry.from().y()));
        for (WireGeometry.Cubic c : newGeometry.segments()) {
            curve.getElements().add(new CubicCurveTo(c.control1().x(), c.control1().y(), c.control2().x(),
                    c.control2().y(), c.end().x(), c.end().y()));
        }
        label.setText(shapeText);
        pseudoClassStateChanged(Styles.ERROR, broken);
        // Centred on the curve's middle once its size is known.
        label.applyCss();
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        Point m = newGeometry.middle();
        // Between two layers standing close the label would cover the ports: it sits above the wire there.
        double span = Math.abs(newGeometry.to().x() - newGeometry.from().x());
        boolean crowded = !newGeometry.isBackward() && span < w + 2 * (NodeGeometry.PORT_RADIUS + PORT_CLEARANCE);
        double top = crowded ? m.y() - h - PORT_CLEARANCE - NodeGeometry.PORT_RADIUS : m.y() - h / 2;
        label.resizeRelocate(Math.round(m.x() - w / 2), Math.round(top), w, h);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(Styles.FITS, highlighted);
    }
}

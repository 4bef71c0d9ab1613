package org.layerlab.app.editor;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.Point;
import org.layerlab.app.editor.draw.WireGeometry;
import org.layerlab.core.graph.Edge;

/** A wire between two ports, labelled with the shape that flows along it. */
public final class WireView extends Group {
    private final Edge edge;
    private final Path curve = new Path();
    private final Label label = new Label();
    private WireGeometry geometry;
    private Point labelSize = new Point(0, 0);

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
        label.applyCss();
        labelSize = new Point(label.prefWidth(-1), label.prefHeight(-1));
        // On the curve's middle until the canvas places it clear of the cards and the other labels.
        placeLabel(newGeometry.middle());
    }

    /** The label's width and height, as a point. */
    public Point labelSize() {
        return labelSize;
    }

    /** Centres the label on a canvas point. */
    public void placeLabel(Point centre) {
        label.resizeRelocate(Math.round(centre.x() - labelSize.x() / 2), Math.round(centre.y() - labelSize.y() / 2),
                labelSize.x(), labelSize.y());
    }

    /** Where the label is drawn, in canvas units. */
    public Box labelBox() {
        return Box.of(label.getLayoutX(), label.getLayoutY(), labelSize.x(), labelSize.y());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(Styles.FITS, highlighted);
    }
}

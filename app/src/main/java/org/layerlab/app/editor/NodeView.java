package org.layerlab.app.editor;

import org.layerlab.app.editor.draw.NodeFace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.editor.draw.Box;
import org.layerlab.app.editor.draw.NodeGeometry;
import org.layerlab.core.graph.NodeId;

/**
 * One layer on the canvas: a header with icon and name, then its key parameters, output shape and
 * parameter count; input ports on the left, the output port on the right, and a red badge with the
 * message when the layer has an error. It only shows a {@link NodeFace}; gestures are the canvas's.
 */
public final class NodeView extends Region {
    private static final double PAD = 10;
    private static final double BADGE = 18;
    /** The error note under a card: how far below, how wide, and how tall with the two lines most take. */
    static final double PROBLEM_GAP = 6;
    static final double PROBLEM_WIDTH = NodeGeometry.WIDTH + 24;
    static final double PROBLEM_TWO_LINES = 40;

    private final NodeId id;
    private final HBox header = new HBox(6);
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label shape = new Label();
    private final Label params = new Label();
    private final StackPane badge = new StackPane();
    private final Tooltip badgeTip = new Tooltip();
    private final Label problem = new Label();
    private final List<Circle> inPorts = new ArrayList<>();
    private final Circle outPort = port("out-port");
    private final Region box = new Region();
    private NodeFace face;
    private NodeGeometry geometry;
    private boolean problemShown = true;

    public NodeView(NodeId id) {
        this.id = id;
        getStyleClass().add("layer-node");
        box.getStyleClass().add("node-box");
        header.getStyleClass().add("node-header");
        header.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("node-name");
        summary.getStyleClass().add("node-summary");
        shape.getStyleClass().add("node-shape");
        params.getStyleClass().add("node-params");
        problem.getStyleClass().add("node-problem");
        problem.setWrapText(true);
        problem.setMouseTransparent(true);
        Label mark = new Label("!");
        mark.getStyleClass().add("node-badge-mark");
        badge.getChildren().add(mark);
        badge.getStyleClass().add("node-badge");
        badgeTip.setShowDelay(Duration.millis(200));
        badgeTip.setWrapText(true);
        badgeTip.setMaxWidth(420);
        Tooltip.install(badge, badgeTip);
        getChildren().addAll(box, header, summary, shape, params, outPort, badge, problem);
    }

    public NodeId id() {
        return id;
    }

    public NodeFace face() {
        return face;
    }

    /** Shows the node as described, at its place. */
    public void show(NodeFace newFace, NodeGeometry newGeometry) {
        boolean iconChanged = face == null || !face.icon().equals(newFace.icon()) || !face.group().equals(newFace.group());
        if (face != null && !face.group().equals(newFace.group())) {
            header.getStyleClass().remove(face.group());
        }
        face = newFace;
        geometry = newGeometry;
        if (iconChanged) {
            FontIcon icon = LayerIcons.icon(newFace.icon(), 15);
            icon.getStyleClass().add("node-icon");
            header.getChildren().setAll(icon, name);
            header.getStyleClass().add(newFace.group());
        }
        name.setText(newFace.name());
        summary.setText(newFace.summary());
        shape.setText("→ " + newFace.shape());
        params.setText(newFace.params());
        boolean broken = newFace.problem() != null;
        badge.setVisible(broken);
        problem.setVisible(broken && problemShown);
        problem.setText(broken ? newFace.problem() : "");
        badgeTip.setText(broken ? newFace.problem() : "");
        pseudoClassStateChanged(Styles.ERROR, broken);
        syncPorts(newFace.inPorts());
        outPort.setVisible(newFace.hasOutPort());
        relocate(newGeometry.x(), newGeometry.y());
        requestLayout();
    }

    public NodeGeometry geometry() {
        return geometry;
    }

    /** Where the error note under the card lies on the canvas, while it shows. */
    public Optional<Box> problemNote() {
        if (!problem.isVisible() || geometry == null) {
            return Optional.empty();
        }
        return Optional.of(Box.of(geometry.x() + problem.getLayoutX(), geometry.y() + problem.getLayoutY(),
                problem.getWidth(), problem.getHeight()));
    }

    /** Hides the error message under the node (its badge stays), so it cannot cover what a gesture shows. */
    public void setProblemShown(boolean shown) {
        problemShown = shown;
        problem.setVisible(shown && face != null && face.problem() != null);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }

    public void setPortState(int port, PortState state) {
        if (port < inPorts.size()) {
            Circle c = inPorts.get(port);
            c.pseudoClassStateChanged(Styles.FITS, state == PortState.FITS);
            c.pseudoClassStateChanged(Styles.REFUSED, state == PortState.REFUSED);
        }
    }

    public int inPortCount() {
        return inPorts.size();
    }

    private void syncPorts(int count) {
        while (inPorts.size() > count) {
            getChildren().remove(inPorts.remove(inPorts.size() - 1));
        }
        while (inPorts.size() < count) {
            Circle c = port("in-port");
            inPorts.add(c);
            getChildren().add(c);
        }
    }

    private static Circle port(String styleClass) {
        Circle c = new Circle(NodeGeometry.PORT_RADIUS);
        c.getStyleClass().addAll("port", styleClass);
        c.setManaged(false);
        return c;
    }

    @Override
    protected void layoutChildren() {
        if (geometry == null) {
            return;
        }
        double w = geometry.width();
        double h = geometry.height();
        box.resizeRelocate(0, 0, w, h);
        header.resizeRelocate(0, 0, w, NodeGeometry.HEADER);
        header.setPadding(new javafx.geometry.Insets(0, PAD + BADGE, 0, PAD));
        double line = (h - NodeGeometry.HEADER - 8) / 3;
        double textWidth = w - 2 * PAD - 4;
        summary.resizeRelocate(PAD + 4, NodeGeometry.HEADER + 4, textWidth, line);
        shape.resizeRelocate(PAD + 4, NodeGeometry.HEADER + 4 + line, textWidth, line);
        params.resizeRelocate(PAD + 4, NodeGeometry.HEADER + 4 + 2 * line, textWidth, line);
        badge.resizeRelocate(w - BADGE - 6, (NodeGeometry.HEADER - BADGE) / 2, BADGE, BADGE);
        double problemHeight = problem.prefHeight(PROBLEM_WIDTH);
        problem.resizeRelocate(0, h + PROBLEM_GAP, PROBLEM_WIDTH, problemHeight);
        for (int i = 0; i < inPorts.size(); i++) {
            inPorts.get(i).setCenterX(0);
            inPorts.get(i).setCenterY(geometry.inPort(i).y() - geometry.y());
        }
        outPort.setCenterX(w);
        outPort.setCenterY(geometry.outPort().y() - geometry.y());
    }

    @Override
    protected double computePrefWidth(double height) {
        return NodeGeometry.WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return geometry == null ? NodeGeometry.HEADER + NodeGeometry.BODY : geometry.height();
    }
}

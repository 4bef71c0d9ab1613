package org.layerlab.app.editor.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.layerlab.core.graph.Edge;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;

/**
 * A model drawn as the canvas shows it, for a file: node cards (name, key parameters, output shape,
 * parameter count, ports, an error badge) at their canvas places, wires with their shape labels placed
 * clear of the cards and of each other. Laid out once, then drawn through any {@link Drawing}; the
 * picture's origin is the top left of what it shows, with a margin.
 */
public final class ModelPicture {
    private static final double MARGIN = 24;
    private static final double PAD = 10;
    private static final double BADGE = 18;
    private static final double LABEL_PAD_X = 6;
    private static final double LABEL_PAD_Y = 3;
    private static final double MIN_TEXT = 9.5;
    private static final String INK = "#1f2328";
    private static final String MUTED = "#59636e";
    private static final String BLUE = "#0877bd";
    private static final String RED = "#d1242f";
    private static final String BORDER = "#c5ced8";
    private static final String WIRE = "#8c959f";
    private static final String LINE = "#d1d9e0";
    private static final Map<String, String> HEADER_COLOURS = Map.of("group-core", "#e3f0fa",
            "group-activation", "#fdf0e1", "group-noise", "#fdf0e1", "group-custom", "#efe9fb", "group-merge",
            "#e6f4ea", "group-shape", "#e6f4ea", "group-normalization", "#e6f4ea");
    static final TextStyle NAME = new TextStyle(13, true, false, INK);
    static final TextStyle SUMMARY = new TextStyle(13, false, false, INK);
    static final TextStyle SHAPE = new TextStyle(12, false, true, BLUE);
    static final TextStyle PARAMS = new TextStyle(11.5, false, false, MUTED);
    static final TextStyle WIRE_LABEL = new TextStyle(11.5, false, true, MUTED);
    private static final TextStyle BADGE_MARK = new TextStyle(12, true, false, "#ffffff");

    /** A wire as the picture shows it. */
    public record WireFace(Edge edge, String label, boolean broken) {
    }

    private record Card(NodeFace face, NodeGeometry geometry) {
    }

    private record Label(WireGeometry wire, String text, boolean broken, Box box) {
    }

    private final TextMeasure measure;
    private final List<Card> cards = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Box bounds;

    public ModelPicture(List<NodeFace> faces, Function<NodeId, Point> places, List<WireFace> wires,
            TextMeasure measure) {
        this.measure = measure;
        Map<NodeId, NodeGeometry> geometries = new HashMap<>();
        for (NodeFace face : faces) {
            Point p = places.apply(face.id());
            NodeGeometry g = new NodeGeometry(p.x(), p.y(), face.inPorts(), face.hasOutPort());
            geometries.put(face.id(), g);
            cards.add(new Card(face, g));
        }
        List<WireGeometry> curves = new ArrayList<>();
        List<Point> sizes = new ArrayList<>();
        List<WireFace> shown = new ArrayList<>();
        for (WireFace wire : wires) {
            NodeGeometry from = geometries.get(wire.edge().from());
            NodeGeometry to = geometries.get(wire.edge().to());
            if (from == null || to == null) {
                continue;
            }
            int port = Math.min(wire.edge().port(), Math.max(0, to.inPorts() - 1));
            curves.add(new WireGeometry(from.outPort(), to.inPort(port)));
            sizes.add(new Point(measure.width(wire.label(), WIRE_LABEL) + 2 * LABEL_PAD_X,
                    measure.ascent(WIRE_LABEL) + measure.descent(WIRE_LABEL) + 2 * LABEL_PAD_Y));
            shown.add(wire);
        }
        List<Point> centres = WireLabels.place(curves, sizes,
                cards.stream().map(c -> c.geometry().card()).toList());
        for (int i = 0; i < curves.size(); i++) {
            labels.add(new Label(curves.get(i), shown.get(i).label(), shown.get(i).broken(),
                    WireLabels.around(centres.get(i), sizes.get(i))));
        }
        Box all = null;
        for (Card c : cards) {
            all = all == null ? c.geometry().withPorts() : all.union(c.geometry().withPorts());
        }
        for (Label l : labels) {
            all = all.union(l.box());
        }
        bounds = all == null ? Box.of(0, 0, 0, 0) : all.grownBy(MARGIN);
    }

    /** The picture of a graph: its layers at {@code places}, worded by {@code faces}. */
    public static ModelPicture of(ModelGraph graph, NodeFaces faces, Function<NodeId, Point> places,
            TextMeasure measure) {
        List<WireFace> wires = graph.edges().stream()
                .map(e -> new WireFace(e, faces.wireLabel(e), faces.wireBroken(e))).toList();
        return new ModelPicture(faces.faces(), places, wires, measure);
    }

    public double width() {
        return Math.ceil(bounds.width());
    }

    public double height() {
        return Math.ceil(bounds.height());
    }

    public TextMeasure measure() {
        return measure;
    }

    /** Wires, their labels, then the cards, which cover the wires' ends, and ports over the labels as on screen. */
    public void draw(Drawing d) {
        double dx = -bounds.left();
        double dy = -bounds.top();
        for (Label l : labels) {
            List<WireGeometry.Cubic> moved = l.wire().segments().stream().map(c -> new WireGeometry.Cubic(
                    shift(c.start(), dx, dy), shift(c.control1(), dx, dy), shift(c.control2(), dx, dy),
                    shift(c.end(), dx, dy))).toList();
            d.curve(moved, l.broken() ? RED : WIRE, 2, l.broken());
        }
        for (Label l : labels) {
            Box box = l.box().movedBy(dx, dy);
            d.box(box, box.height() / 2, "#ffffff", LINE, 1);
            d.text(l.text(), box.left() + LABEL_PAD_X, baselineIn(box.top(), box.height(), WIRE_LABEL), WIRE_LABEL);
        }
        for (Card c : cards) {
            drawCard(d, c.face(), c.geometry(), dx, dy);
        }
    }

    private void drawCard(Drawing d, NodeFace face, NodeGeometry g, double dx, double dy) {
        double x = g.x() + dx;
        double y = g.y() + dy;
        double w = g.width();
        double h = g.height();
        boolean broken = face.problem() != null;
        String header = HEADER_COLOURS.getOrDefault(face.group(), "#eaf3fb");
        d.box(Box.of(x, y, w, h), 8, "#ffffff", null, 0);
        d.box(Box.of(x, y, w, NodeGeometry.HEADER), 8, header, null, 0);
        d.box(Box.of(x, y + NodeGeometry.HEADER / 2, w, NodeGeometry.HEADER / 2), 0, header, null, 0);
        d.box(Box.of(x, y, w, h), 8, null, broken ? RED : BORDER, broken ? 1.5 : 1);
        double nameWidth = w - 2 * PAD - (broken ? BADGE + 4 : 0);
        line(d, face.name(), x + PAD, y, NodeGeometry.HEADER, nameWidth, NAME);
        if (broken) {
            Point centre = new Point(x + w - PAD - BADGE / 2, y + NodeGeometry.HEADER / 2);
            d.circle(centre, BADGE / 2, RED, null, 0);
            d.text("!", centre.x() - measure.width("!", BADGE_MARK) / 2, baselineIn(y, NodeGeometry.HEADER,
                    BADGE_MARK), BADGE_MARK);
        }
        double line = (h - NodeGeometry.HEADER - 8) / 3;
        double textX = x + PAD + 4;
        double textWidth = w - 2 * PAD - 4;
        double top = y + NodeGeometry.HEADER + 4;
        line(d, face.summary(), textX, top, line, textWidth, SUMMARY);
        line(d, "→ " + face.shape(), textX, top + line, line, textWidth, SHAPE);
        line(d, face.params(), textX, top + 2 * line, line, textWidth, PARAMS);
        for (int i = 0; i < g.inPorts(); i++) {
            d.circle(shift(g.inPort(i), dx, dy), NodeGeometry.PORT_RADIUS, "#ffffff", "#6e7781", 1.5);
        }
        if (g.hasOutPort()) {
            d.circle(shift(g.outPort(), dx, dy), NodeGeometry.PORT_RADIUS, "#ffffff", BLUE, 1.5);
        }
    }

    /**
     * One line of a card, centred in its band: a text too wide is drawn smaller, down to a size still
     * readable, and only then cut short, so that a long Keras name ({@code batchnormalization_1}) shows whole.
     */
    private void line(Drawing d, String text, double x, double top, double band, double maxWidth, TextStyle style) {
        TextStyle fitted = style;
        while (fitted.size() > MIN_TEXT && measure.width(text, fitted) > maxWidth) {
            fitted = new TextStyle(fitted.size() - 0.5, fitted.bold(), fitted.mono(), fitted.colour());
        }
        d.text(measure.fit(text, maxWidth, fitted), x, baselineIn(top, band, fitted), fitted);
    }

    /** The baseline that centres a line of text vertically in a band. */
    private double baselineIn(double top, double height, TextStyle style) {
        return top + (height + measure.ascent(style) - measure.descent(style)) / 2;
    }

    private static Point shift(Point p, double dx, double dy) {
        return new Point(p.x() + dx, p.y() + dy);
    }
}

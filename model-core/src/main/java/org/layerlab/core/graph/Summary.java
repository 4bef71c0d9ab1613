package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model summary in the layout of Keras 2's {@code model.summary()} for functional models: one row
 * per layer with its type, output shape, parameter count and inbound layers, then the totals. Values
 * inference could not tell are shown as {@code ?}.
 */
public final class Summary {
    private static final int LINE_LENGTH = 98;
    /** Keras's default column ends, {@code int(98 * p)} for p in {@code [.33, .55, .67, 1.]}. */
    private static final int[] POSITIONS = {32, 53, 65, 98};
    private static final String UNKNOWN = "?";

    private Summary() {
    }

    public static String render(ModelGraph graph, ShapeInference inference) {
        StringBuilder out = new StringBuilder();
        line(out, "_".repeat(LINE_LENGTH));
        row(out, "Layer (type)", "Output Shape", "Param #", "Connected to");
        line(out, "=".repeat(LINE_LENGTH));
        List<NodeId> order = graph.topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            layerRows(out, graph, graph.node(order.get(i)), inference.result(order.get(i)));
            line(out, (i == order.size() - 1 ? "=" : "_").repeat(LINE_LENGTH));
        }
        ParamCounts totals = inference.totals();
        line(out, "Total params: " + grouped(totals.total()));
        line(out, "Trainable params: " + grouped(totals.trainable()));
        line(out, "Non-trainable params: " + grouped(totals.nonTrainable()));
        line(out, "_".repeat(LINE_LENGTH));
        return out.toString();
    }

    private static void layerRows(StringBuilder out, ModelGraph graph, GraphNode node, NodeResult result) {
        List<String> connections = new ArrayList<>();
        for (Edge e : graph.inputEdges(node.id())) {
            // A graph node is called once and has one output: always node 0, tensor 0.
            connections.add(graph.node(e.from()).name() + "[0][0]");
        }
        String shape = result.hasOutput() ? result.outputShape().toString() : UNKNOWN;
        String params = result.hasOutput() ? Long.toString(result.paramCount()) : UNKNOWN;
        row(out, node.name() + " (" + node.className() + ")", shape, params,
                connections.isEmpty() ? "" : connections.get(0));
        for (int i = 1; i < connections.size(); i++) {
            row(out, "", "", "", connections.get(i));
        }
    }

    /** Keras's {@code print_row}: each field cut at its column end, the last character before a column blanked. */
    private static void row(StringBuilder out, String... fields) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                l.setCharAt(l.length() - 1, ' ');
            }
            l.append(fields[i]);
            l.setLength(Math.min(l.length(), POSITIONS[i]));
            while (l.length() < POSITIONS[i]) {
                l.append(' ');
            }
        }
        line(out, l.toString());
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}

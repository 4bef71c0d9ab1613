package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.layerlab.core.layer.core.InputLayer;

/**
 * A model summary in the layout of Keras 2's {@code model.summary()}: for a functional model one row per
 * layer with its type, output shape, parameter count and inbound layers; for a Sequential model Keras's
 * narrower table without the input row and the Connected-to column; then the totals. Values inference
 * could not tell are shown as {@code ?}.
 */
public final class Summary {
    private static final int LINE_LENGTH = 98;
    /** Keras's default column ends, {@code int(98 * p)} for p in {@code [.33, .55, .67, 1.]}. */
    private static final int[] POSITIONS = {32, 53, 65, 98};
    private static final int SEQUENTIAL_LINE_LENGTH = 65;
    /** Keras's Sequential column ends, {@code int(65 * p)} for p in {@code [.45, .85, 1.]}. */
    private static final int[] SEQUENTIAL_POSITIONS = {29, 55, 65};
    private static final String UNKNOWN = "?";

    private Summary() {
    }

    /**
     * Keras's whole summary: the {@code Model: "name"} line, then the Sequential table for a plain chain from one
     * {@code InputLayer} (what Keras's Sequential is, and what LayerLab saves as one), else the functional table.
     * The window's Summary tab and {@code layerlab summary} both print this.
     */
    public static String render(String modelName, ModelGraph graph, ShapeInference inference) {
        String header = "Model: \"" + modelName + "\"\n";
        return header + (isSequential(graph) ? sequentialTable(graph, inference) : render(graph, inference));
    }

    private static boolean isSequential(ModelGraph graph) {
        return graph.isChain()
                && graph.node(graph.topologicalOrder().get(0)).className().equals(InputLayer.TYPE.className());
    }

    /** The functional table. */
    public static String render(ModelGraph graph, ShapeInference inference) {
        StringBuilder out = new StringBuilder();
        line(out, "_".repeat(LINE_LENGTH));
        row(out, POSITIONS, "Layer (type)", "Output Shape", "Param #", "Connected to");
        line(out, "=".repeat(LINE_LENGTH));
        List<NodeId> order = graph.topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            layerRows(out, graph, graph.node(order.get(i)), inference.result(order.get(i)));
            line(out, (i == order.size() - 1 ? "=" : "_").repeat(LINE_LENGTH));
        }
        totals(out, inference, LINE_LENGTH);
        return out.toString();
    }

    /** Keras's Sequential table: the input layer is not a row, and a chain needs no Connected-to column. */
    private static String sequentialTable(ModelGraph graph, ShapeInference inference) {
        StringBuilder out = new StringBuilder();
        line(out, "_".repeat(SEQUENTIAL_LINE_LENGTH));
        row(out, SEQUENTIAL_POSITIONS, "Layer (type)", "Output Shape", "Param #");
        line(out, "=".repeat(SEQUENTIAL_LINE_LENGTH));
        List<NodeId> order = graph.topologicalOrder().stream()
                .filter(id -> !graph.node(id).className().equals(InputLayer.TYPE.className())).toList();
        for (int i = 0; i < order.size(); i++) {
            GraphNode node = graph.node(order.get(i));
            NodeResult result = inference.result(order.get(i));
            row(out, SEQUENTIAL_POSITIONS, node.name() + " (" + node.className() + ")",
                    result.hasOutput() ? result.outputShape().toString() : UNKNOWN,
                    result.hasOutput() ? Long.toString(result.paramCount()) : UNKNOWN);
            line(out, (i == order.size() - 1 ? "=" : "_").repeat(SEQUENTIAL_LINE_LENGTH));
        }
        if (order.isEmpty()) {
            line(out, "=".repeat(SEQUENTIAL_LINE_LENGTH));
        }
        totals(out, inference, SEQUENTIAL_LINE_LENGTH);
        return out.toString();
    }

    private static void totals(StringBuilder out, ShapeInference inference, int lineLength) {
        ParamCounts totals = inference.totals();
        line(out, "Total params: " + grouped(totals.total()));
        line(out, "Trainable params: " + grouped(totals.trainable()));
        line(out, "Non-trainable params: " + grouped(totals.nonTrainable()));
        line(out, "_".repeat(lineLength));
    }

    private static void layerRows(StringBuilder out, ModelGraph graph, GraphNode node, NodeResult result) {
        List<String> connections = new ArrayList<>();
        for (Edge e : graph.inputEdges(node.id())) {
            // A graph node is called once and has one output: always node 0, tensor 0.
            connections.add(graph.node(e.from()).name() + "[0][0]");
        }
        String shape = result.hasOutput() ? result.outputShape().toString() : UNKNOWN;
        String params = result.hasOutput() ? Long.toString(result.paramCount()) : UNKNOWN;
        row(out, POSITIONS, node.name() + " (" + node.className() + ")", shape, params,
                connections.isEmpty() ? "" : connections.get(0));
        for (int i = 1; i < connections.size(); i++) {
            row(out, POSITIONS, "", "", "", connections.get(i));
        }
    }

    /** Keras's {@code print_row}: each field cut at its column end, the last character before a column blanked. */
    private static void row(StringBuilder out, int[] positions, String... fields) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                l.setCharAt(l.length() - 1, ' ');
            }
            l.append(fields[i]);
            l.setLength(Math.min(l.length(), positions[i]));
            while (l.length() < positions[i]) {
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

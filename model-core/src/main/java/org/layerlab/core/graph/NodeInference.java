package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.layer.Layer;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.layer.core.InputLayer;
import org.layerlab.core.reason.Reason;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.IncompatibleInputException;
import org.layerlab.core.shape.Shape;

/**
 * Infers one node from the results of its inputs: builds its layer for the input shapes (weight
 * shapes only, never values) and asks it for its output shape. Every failure becomes a diagnostic.
 */
final class NodeInference {
    private final ModelGraph graph;
    private final Function<NodeId, NodeResult> resultOf;

    NodeInference(ModelGraph graph, Function<NodeId, NodeResult> resultOf) {
        this.graph = graph;
        this.resultOf = resultOf;
    }

    NodeResult infer(NodeId id) {
        GraphNode node = graph.node(id);
        if (node.problem() != null) {
            return failed(id, new Diagnostic(Severity.ERROR, id, node.problem().field(), node.problem().reason()));
        }
        List<Edge> inputs = graph.inputEdges(id);
        if (node.layer() instanceof InputLayer input) {
            return inferInput(node, input, inputs);
        }
        if (inputs.isEmpty()) {
            return failed(id, error(id, Reason.of("node.noInput", node.name())));
        }
        List<Shape> shapes = new ArrayList<>(inputs.size());
        List<DType> dtypes = new ArrayList<>(inputs.size());
        for (int port = 0; port < inputs.size(); port++) {
            Edge e = inputs.get(port);
            if (e.port() != port) {
                return failed(id, error(id, Reason.of("node.portOpen", node.name(), port)));
            }
            NodeResult upstream = resultOf.apply(e.from());
            if (!upstream.hasOutput()) {
                return failed(id, new Diagnostic(Severity.INFO, id, null,
                        Reason.of("node.waiting", node.name(), graph.node(e.from()).name())));
            }
            shapes.add(upstream.outputShape());
            dtypes.add(upstream.dtype());
        }
        return inferLayer(node, shapes, dtypes);
    }

    private NodeResult inferInput(GraphNode node, InputLayer input, List<Edge> inputs) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!inputs.isEmpty()) {
            diagnostics.add(error(node.id(), Reason.of("node.inputTakesNone", node.name(),
                    graph.node(inputs.get(0).from()).name())));
        }
        return new NodeResult(node.id(), input.batchShape(), input.dtype(), 0, 0, diagnostics, false);
    }

    private NodeResult inferLayer(GraphNode node, List<Shape> shapes, List<DType> dtypes) {
        Layer layer = node.layer();
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean reinitialise = false;
        if (layer.isBuilt() && !sameFeatureShapes(layer.builtInputShapes(), shapes)) {
            // Keras would refuse the new input (the built spec pins it); a live edit rebuilds instead.
            boolean hadValues = layer.weights().stream().anyMatch(Weight::isInitialized);
            List<Shape> before = layer.builtInputShapes();
            layer.unbuild();
            if (hadValues) {
                reinitialise = true;
                diagnostics.add(new Diagnostic(Severity.WARNING, node.id(), null,
                        Reason.of("node.reinitialise", node.name(), show(before), show(shapes))));
            }
        }
        Shape output = null;
        try {
            layer.ensureBuilt(shapes, dtypes);
            output = shapes.size() == 1 ? layer.computeOutputShape(shapes.get(0)) : layer.computeOutputShape(shapes);
        } catch (IncompatibleInputException e) {
            diagnostics.add(error(node.id(), e.reason()));
        } catch (ConfigException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, node.id(), e.field(), naming(node, e.reason())));
        } catch (RuntimeException e) {
            // A layer, possibly a plugin's, may fail in any way; the editor must stay usable.
            String what = e instanceof IllegalArgumentException ? e.getMessage() : e.toString();
            diagnostics.add(error(node.id(), naming(node, Reason.untranslated(String.valueOf(what)))));
        }
        long trainable = count(layer.trainableWeights());
        long nonTrainable = count(layer.nonTrainableWeights());
        return new NodeResult(node.id(), output, output == null ? null : layer.dtype(), trainable, nonTrainable,
                diagnostics, reinitialise);
    }

    /** Weights never depend on the batch size, so a change of it alone keeps the build. */
    private static boolean sameFeatureShapes(List<Shape> built, List<Shape> now) {
        if (built.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < built.size(); i++) {
            Shape a = built.get(i);
            Shape b = now.get(i);
            if (a.rank() != b.rank()) {
                return false;
            }
            for (int axis = 1; axis < a.rank(); axis++) {
                if (a.dim(axis) != b.dim(axis)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long count(List<Weight> weights) {
        long n = 0;
        for (Weight w : weights) {
            n += w.size();
        }
        return n;
    }

    private static String show(List<Shape> shapes) {
        return shapes.size() == 1 ? shapes.get(0).toString() : shapes.toString();
    }

    /** A layer's reason as it is when it names the layer, else introduced by the layer's name and class. */
    private static Reason naming(GraphNode node, Reason reason) {
        String message = reason.english();
        return message.contains("\"" + node.name() + "\"") ? reason
                : Reason.of("layer.says", node.name(), node.className(), message);
    }

    private static Diagnostic error(NodeId id, Reason reason) {
        return new Diagnostic(Severity.ERROR, id, null, reason);
    }

    private static NodeResult failed(NodeId id, Diagnostic diagnostic) {
        return new NodeResult(id, null, null, 0, 0, List.of(diagnostic), false);
    }
}
